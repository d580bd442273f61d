package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * A resubmission after a referral: the submission it follows (the referred one, whose snapshot assessors compare
 * with this one's) and the candidate's summary of what they changed.
 */
public record Resubmission(UUID submissionId, UUID followsSubmissionId, String changeSummary, Instant createdAt) {
}
