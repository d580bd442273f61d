package org.waymark.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Assessors have been offered places on a submission's assessment: both when an administrator confirms a round's
 * allocation, one when a declined or replaced place is offered to someone else. Published in the deciding
 * transaction. {@code blind}: the candidate's name and institution are not to be shown to the assessors.
 */
public record AssessorsAllocated(UUID assessmentId, UUID submissionId, String reference, UUID roundId, String pathwayName,
                                 Instant dueAt, boolean blind, List<Offer> offers) {

    public AssessorsAllocated {
        offers = List.copyOf(offers);
    }

    /** One place offered: to whom, as lead or second ("Lead assessor", "Second assessor"). */
    public record Offer(UUID placeId, UUID assessorId, String role) {
    }
}
