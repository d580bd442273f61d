package org.waymark.assessment.internal.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationSolver;
import org.waymark.submission.ExpectedSubmissions;

class CapacityForecastTests {

    private static final Map<String, String> NAMES = Map.of("associate", "Associate CMALT", "cmalt", "CMALT", "senior", "Senior CMALT");
    private static final Set<String> CMALT_HOLDER = Set.of("associate", "cmalt");
    private static final Set<String> SENIOR_HOLDER = Set.of("associate", "cmalt", "senior");

    private final CapacityForecast forecast = new CapacityForecast(new AllocationSolver());

    @Test
    void aPoolWithPlacesAndLeadsForEverySubmissionExpectedIsEnough() {
        var result = forecast.forecast(List.of(expected("cmalt", 3), expected("senior", 1)), List.of(
                assessor("Lead One", CMALT_HOLDER, true, 3), assessor("Second One", CMALT_HOLDER, false, 3),
                assessor("Senior Lead", SENIOR_HOLDER, true, 2), assessor("Senior Second", SENIOR_HOLDER, false, 2)), NAMES);

        assertThat(result.enough()).isTrue();
        assertThat(result.advice()).isEmpty();
        assertThat(result.expected()).isEqualTo(4);
        assertThat(result.lines()).extracting(CapacityForecast.Line::covered).containsExactly(3, 1);
        assertThat(result.lines().getFirst()).satisfies(l -> {
            assertThat(l.placesNeeded()).isEqualTo(6);
            assertThat(l.eligibleAssessors()).isEqualTo(4);
            assertThat(l.eligiblePlaces()).isEqualTo(10);
            assertThat(l.eligibleLeads()).isEqualTo(2);
            assertThat(l.leadPlaces()).isEqualTo(5);
        });
    }

    @Test
    void seniorSubmissionsNeedTwoSeniorHoldersSoOneIsShortAndTheAdviceSaysWhat() {
        // Two Senior submissions expected; one Senior holder with plenty of places cannot be both lead and second.
        var result = forecast.forecast(List.of(expected("senior", 2)), List.of(
                assessor("Senior Lead", SENIOR_HOLDER, true, 10), assessor("CMALT Lead", CMALT_HOLDER, true, 10)), NAMES);

        assertThat(result.enough()).isFalse();
        assertThat(result.lines().getFirst()).satisfies(l -> {
            assertThat(l.covered()).isZero();
            assertThat(l.shortBy()).isEqualTo(2);
            assertThat(l.eligiblePlaces()).isEqualTo(10); // places alone would have said "enough"
        });
        assertThat(result.advice().getFirst()).isEqualTo("Senior CMALT: 2 expected, the pool can take 0. Recruit assessors "
                + "who may assess Senior CMALT (or raise capacities) for 2 more, each needing a lead and a second.");
    }

    @Test
    void whenLeadsRunOutTheAdviceSaysSoAndUnavailableAssessorsGiveNothing() {
        var result = forecast.forecast(List.of(expected("associate", 3)), List.of(
                assessor("Only Lead", CMALT_HOLDER, true, 1), assessor("Second A", CMALT_HOLDER, false, 5),
                assessor("Second B", CMALT_HOLDER, false, 5),
                new Assessor(UUID.randomUUID(), "Away Lead", CMALT_HOLDER, true, 5, true, Set.of(), 0)), NAMES);

        assertThat(result.lines().getFirst().covered()).isEqualTo(1);
        assertThat(result.lines().getFirst().eligibleLeads()).isEqualTo(1); // the unavailable lead is not counted
        assertThat(result.advice()).anySatisfy(a -> assertThat(a).startsWith("Leads are what runs out"));
    }

    @Test
    void nothingExpectedNeedsNothing() {
        var result = forecast.forecast(List.of(expected("cmalt", 0)), List.of(), NAMES);
        assertThat(result.enough()).isTrue();
        assertThat(result.lines().getFirst().placesNeeded()).isZero();
    }

    private static ExpectedSubmissions expected(String pathway, int count) {
        return new ExpectedSubmissions(pathway, count, 0, 0, null, 0, count);
    }

    private static Assessor assessor(String name, Set<String> pathways, boolean mayLead, int capacity) {
        return new Assessor(UUID.randomUUID(), name, pathways, mayLead, capacity, false, Set.of(), 0);
    }
}
