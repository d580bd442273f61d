package org.waymark.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * The agreed outcome of an assessment was recorded by its lead, or changed by an administrator moderating it
 * ({@code moderationReason} set). Held from the candidate until {@link ResultsReleased}.
 */
public record OutcomeRecorded(UUID assessmentId, UUID submissionId, UUID roundId, String outcomeKey, String outcomeName,
                              UUID recordedBy, String moderationReason, Instant recordedAt) {

    public boolean moderated() {
        return moderationReason != null;
    }
}
