package org.waymark.assessment.internal.forecast;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.waymark.assessment.AssessorProfile;
import org.waymark.assessment.Assessors;
import org.waymark.assessment.internal.allocation.AllocationProblem;
import org.waymark.framework.AssessmentRules;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.submission.RoundForecast;
import org.waymark.submission.SubmissionForecasts;

/**
 * The capacity forecast of one round: what it expects (the submission module's {@link SubmissionForecasts}) against
 * the pool as the round would see it: who may assess which pathway under the framework's rules, who may lead, their
 * declared capacity, and whether their unavailable dates overlap the round's assessment window.
 */
@Service
public class RoundCapacity {

    private final SubmissionForecasts forecasts;
    private final Assessors assessors;
    private final FrameworkCatalogue catalogue;
    private final CapacityForecast capacity;
    private final ZoneId zone;

    RoundCapacity(SubmissionForecasts forecasts, Assessors assessors, FrameworkCatalogue catalogue,
                  CapacityForecast capacity, ZoneId displayZone) {
        this.forecasts = forecasts;
        this.assessors = assessors;
        this.catalogue = catalogue;
        this.capacity = capacity;
        this.zone = displayZone;
    }

    /** The round, what it expects, and whether the pool copes; empty for an unknown round. */
    public record View(RoundForecast round, CapacityForecast.Forecast forecast, int poolSize, boolean windowKnown) {
    }

    public Optional<View> forRound(UUID roundId) {
        return forecasts.forecast(roundId).map(round -> {
            Framework framework = catalogue.current();
            AssessmentRules rules = framework.assessment();
            Map<String, String> names = new LinkedHashMap<>();
            framework.pathways().forEach(p -> names.put(p.key(), p.name()));
            boolean windowKnown = round.assessmentStartsAt() != null && round.assessmentEndsAt() != null;
            LocalDate from = windowKnown ? round.assessmentStartsAt().atZone(zone).toLocalDate() : null;
            LocalDate to = windowKnown ? round.assessmentEndsAt().atZone(zone).toLocalDate() : null;
            List<AssessorProfile> pool = assessors.all();
            List<AllocationProblem.Assessor> asTheRoundSeesThem = pool.stream().map(a -> new AllocationProblem.Assessor(
                    a.personId(), a.name(),
                    names.keySet().stream().filter(p -> a.awardPathway() != null && rules.mayAssess(a.awardPathway(), p))
                            .collect(Collectors.toSet()),
                    a.mayLead(rules), a.capacityPerRound(), windowKnown && a.unavailableBetween(from, to),
                    Set.copyOf(a.specialisms()), 0)).toList();
            return new View(round, capacity.forecast(round.pathways(), asTheRoundSeesThem, names), pool.size(), windowKnown);
        });
    }
}
