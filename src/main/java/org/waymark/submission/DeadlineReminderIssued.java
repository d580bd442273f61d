package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/** A reminder of a fixed deadline is due to a candidate who has not submitted; recorded once per round, candidate and days before, whatever the number of nodes. */
public record DeadlineReminderIssued(UUID roundId, String roundName, UUID candidateId, Instant deadline, int daysBefore) {
}
