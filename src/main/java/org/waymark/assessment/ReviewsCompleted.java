package org.waymark.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * Both assessors have submitted their reviews: the assessment waits for its lead to reconcile them into the agreed
 * outcome (the lead is emailed). Published in the transaction of the second review's submission.
 */
public record ReviewsCompleted(UUID assessmentId, UUID submissionId, UUID leadAssessorId, Instant completedAt) {
}
