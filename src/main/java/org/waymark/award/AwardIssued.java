package org.waymark.award;

import java.time.Instant;
import java.util.UUID;

/** A pass has become an award; published in the transaction that records it. */
public record AwardIssued(UUID awardId, String certificateNumber, UUID holderId, String pathwayKey, UUID submissionId,
                          Instant awardedAt) {
}
