package org.waymark.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission whose appeal was decided "reassess" has been allocated to new assessors: the candidate is told (not
 * who they are), and when the reviews are due.
 */
public record ReassessmentAllocated(UUID assessmentId, UUID submissionId, UUID candidateId, String reference,
                                    Instant dueAt) {
}
