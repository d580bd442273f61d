package org.waymark.assessment.internal.store;

import java.time.Instant;
import java.util.UUID;

import org.waymark.framework.AssessmentType;

/**
 * One assessment of one accepted submission, made when an administrator confirms a round's allocation. What the
 * rules need is copied from the submission then: pathway, assessment type, the outcome a resubmission follows,
 * blind from the round. {@code outcome} is the agreed (or moderated) outcome's key, held until {@code releasedAt}.
 */
public record Assessment(UUID id, UUID submissionId, UUID roundId, UUID candidateId, UUID snapshotId, String pathwayKey,
                         AssessmentType type, String previousOutcome, boolean blind, Status status, Instant dueAt,
                         Instant allocatedAt, UUID allocatedBy, String outcome, Instant outcomeRecordedAt,
                         UUID outcomeRecordedBy, String moderationReason, Instant releasedAt, long version) {

    /**
     * IN_REVIEW: the assessors are writing their reviews; RECONCILING: both reviews are in and the lead records the
     * agreed outcome; DECIDED: the outcome is recorded and held until release; RELEASED: the candidate sees it.
     */
    public enum Status {
        IN_REVIEW, RECONCILING, DECIDED, RELEASED
    }
}
