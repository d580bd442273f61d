package org.waymark.submission;

import java.util.Optional;
import java.util.UUID;

/**
 * What a round can expect, for planning assessors before the deadline (the assessment module's capacity forecast
 * weighs it against the pool's declared capacity).
 */
public interface SubmissionForecasts {

    /** The round with one entry per pathway that has anything in prospect, in the framework's pathway order. */
    Optional<RoundForecast> forecast(UUID roundId);
}
