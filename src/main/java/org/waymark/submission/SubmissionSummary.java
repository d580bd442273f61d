package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission as other modules and pages see it: which round, whose, what kind, where it stands and when, and the
 * line manager the candidate named when submitting (name and email, either may be null; assessment checks conflicts
 * of interest against them).
 */
public record SubmissionSummary(UUID id, String reference, UUID roundId, String roundName, UUID candidateId,
                                UUID registrationId, String pathwayKey, SubmissionType type, SubmissionForm form,
                                SubmissionStatus status, UUID portfolioId, UUID snapshotId, Instant submittedAt,
                                Instant decisionDueAt, Instant statusChangedAt, String statusMessage,
                                String lineManagerName, String lineManagerEmail) {
}
