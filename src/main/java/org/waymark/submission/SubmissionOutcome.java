package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of a submission's assessment, as released to the candidate. {@code resubmitBy} is set for a referral:
 * the candidate may resubmit on the same registration until then.
 */
public record SubmissionOutcome(UUID submissionId, String outcomeKey, String outcomeName, Instant resubmitBy,
                                Instant releasedAt) {

    public boolean referral() {
        return resubmitBy != null;
    }
}
