package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/** An administrator has extended a candidate's deadline in a round (until when, and why). */
public record ExtensionGranted(UUID roundId, String roundName, UUID candidateId, Instant untilAt, String reason) {
}
