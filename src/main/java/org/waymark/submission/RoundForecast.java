package org.waymark.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A round as planning sees it: its name and dates, and the submissions it can expect on each pathway
 * ({@link ExpectedSubmissions}). {@code closesAt} is null for a rolling round; the assessment window may be unset.
 */
public record RoundForecast(UUID roundId, String name, RoundKind kind, Instant closesAt, Instant assessmentStartsAt,
                            Instant assessmentEndsAt, boolean closed, List<ExpectedSubmissions> pathways) {

    public int expected() {
        return pathways.stream().mapToInt(ExpectedSubmissions::expected).sum();
    }
}
