package org.waymark.assessment;

import java.util.UUID;

/**
 * An assessor declined a place, with their reason: the administrator who allocated the submission is told, and the
 * round's allocation page proposes a replacement.
 */
public record AssessorDeclined(UUID assessmentId, UUID submissionId, String reference, UUID roundId, UUID assessorId,
                               String role, String reason, UUID allocatedBy) {
}
