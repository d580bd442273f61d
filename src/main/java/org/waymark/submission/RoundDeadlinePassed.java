package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * A fixed round's deadline has passed: what came in ({@code submitted} waiting for the completeness check,
 * {@code accepted} already), and how many candidates may still submit under an extension, the last until
 * {@code lastExtensionUntil} (null when none). Published once per round, whatever the number of nodes.
 */
public record RoundDeadlinePassed(UUID roundId, String roundName, Instant deadline, int submitted, int accepted,
                                  int openExtensions, Instant lastExtensionUntil) {
}
