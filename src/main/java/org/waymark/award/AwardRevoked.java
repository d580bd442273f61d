package org.waymark.award;

import java.time.Instant;
import java.util.UUID;

/** An administrator has revoked an award, with a reason the holder is told. */
public record AwardRevoked(UUID awardId, String certificateNumber, UUID holderId, UUID revokedBy, Instant revokedAt,
                           String reason) {
}
