package org.waymark.assessment.internal.forecast;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.waymark.assessment.internal.allocation.RoundPool;
import org.waymark.submission.RoundForecast;
import org.waymark.submission.SubmissionForecasts;

/**
 * The capacity forecast of one round: what it expects (the submission module's {@link SubmissionForecasts}) against
 * the pool as the round would see it ({@link RoundPool}).
 */
@Service
public class RoundCapacity {

    private final SubmissionForecasts forecasts;
    private final RoundPool pools;
    private final CapacityForecast capacity;

    RoundCapacity(SubmissionForecasts forecasts, RoundPool pools, CapacityForecast capacity) {
        this.forecasts = forecasts;
        this.pools = pools;
        this.capacity = capacity;
    }

    /** The round, what it expects, and whether the pool copes; empty for an unknown round. */
    public record View(RoundForecast round, CapacityForecast.Forecast forecast, int poolSize, boolean windowKnown) {
    }

    public Optional<View> forRound(UUID roundId) {
        return forecasts.forecast(roundId).map(round -> {
            RoundPool.Pool pool = pools.of(round);
            return new View(round, capacity.forecast(round.pathways(), pool.assessors(), pool.pathwayNames()),
                    pool.profiles().size(), pool.windowKnown());
        });
    }
}
