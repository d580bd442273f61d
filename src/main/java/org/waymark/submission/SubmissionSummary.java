package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/** A submission as other modules and pages see it: which round, whose, what kind, where it stands and when. */
public record SubmissionSummary(UUID id, String reference, UUID roundId, String roundName, UUID candidateId,
                                UUID registrationId, String pathwayKey, SubmissionType type, SubmissionForm form,
                                SubmissionStatus status, UUID portfolioId, UUID snapshotId, Instant submittedAt,
                                Instant decisionDueAt, Instant statusChangedAt, String statusMessage) {
}
