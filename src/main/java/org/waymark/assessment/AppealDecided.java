package org.waymark.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator decided an appeal: {@code reassess} false when the outcome stands (upheld), true when the
 * submission is to be reassessed by new assessors, allocated in {@code roundId} (the appealed assessment's round).
 * {@code reason} is what the candidate is told.
 */
public record AppealDecided(UUID appealId, UUID submissionId, UUID candidateId, boolean reassess, String reason,
                            Instant decidedAt, UUID roundId) {
}
