package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/** A candidate has asked for more time in a fixed-deadline round. */
public record ExtensionRequested(UUID requestId, UUID roundId, String roundName, UUID candidateId, String reason, Instant requestedAt) {
}
