package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * A submission round as other modules see it. Fixed rounds have a deadline ({@code closesAt}), an assessment period
 * and a results release date; rolling rounds have none of these, and each submission is due a decision
 * {@code decisionWeeks} after it arrives. {@code blind}: assessors do not see the candidate's name or institution.
 * All instants are UTC.
 */
public record RoundSummary(UUID id, String name, RoundKind kind, Instant opensAt, Instant closesAt,
                           Instant assessmentStartsAt, Instant assessmentEndsAt, Instant resultsReleasedAt,
                           Integer decisionWeeks, boolean blind, Instant closedAt) {
}
