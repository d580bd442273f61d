package org.waymark.submission.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What an administrator enters for a round, as UK local dates and times (converted with the display zone,
 * Europe/London). A rolling round uses the name, the opening and {@code decisionWeeks}; a fixed round the rest.
 * The assessment window and the release of results are days; both window dates or neither.
 */
public record RoundDetails(String name, LocalDate opensOn, LocalTime opensTime, LocalDate closesOn, LocalTime closesTime,
                           LocalDate assessmentStartsOn, LocalDate assessmentEndsOn, LocalDate resultsOn,
                           Integer decisionWeeks, boolean blind) {
}
