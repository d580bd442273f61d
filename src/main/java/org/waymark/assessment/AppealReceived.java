package org.waymark.assessment;

import java.time.Instant;
import java.util.UUID;

/** A candidate appealed against the released outcome of their submission. */
public record AppealReceived(UUID appealId, UUID submissionId, UUID candidateId, Instant appealedAt) {
}
