package org.waymark.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment's outcome, grades and feedback are released to the candidate (by an administrator on a rolling
 * round, by the release job on the round's results date on a fixed one). {@code resubmitBy} is set for a referral.
 * {@code releasedBy} is null when the job released it.
 */
public record ResultsReleased(UUID assessmentId, UUID submissionId, UUID candidateId, String outcomeKey, String outcomeName,
                              Instant resubmitBy, UUID releasedBy, Instant releasedAt) {
}
