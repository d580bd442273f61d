package org.waymark.submission;

/**
 * How many submissions a round can expect on one pathway, and what the figure rests on, so that an administrator
 * can judge it: those already in ({@code submitted}), candidates with a valid registration whose portfolio is
 * complete or {@code nearlyComplete} (all expected to submit), the {@code otherProspects} with a valid registration
 * and a portfolio further from ready, and the share of such candidates who submitted in past fixed rounds
 * ({@code pastRate}, null when there is no past round to go on, then they are not counted).
 */
public record ExpectedSubmissions(String pathwayKey, int submitted, int nearlyComplete, int otherProspects,
                                  Double pastRate, int pastRounds, int expected) {
}
