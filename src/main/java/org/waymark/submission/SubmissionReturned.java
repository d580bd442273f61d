package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator has returned a submission to its candidate at the completeness check, saying what to fix; the
 * candidate fixes it and submits again in the same round (still a first submission).
 */
public record SubmissionReturned(UUID submissionId, String reference, UUID roundId, UUID candidateId, String pathwayKey,
                                 SubmissionForm form, UUID portfolioId, UUID returnedBy, Instant returnedAt, String message) {
}
