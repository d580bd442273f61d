package org.waymark.assessment.internal.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.waymark.assessment.internal.allocation.AllocationProblem;
import org.waymark.assessment.internal.allocation.AllocationProposal;
import org.waymark.assessment.internal.allocation.AllocationSolver;
import org.waymark.submission.ExpectedSubmissions;

/**
 * Will the pool cope with what a round expects? The expected submissions of each pathway are allocated, as
 * anonymous stand-ins without conflicts or specialisms, by the same solver and rules that will allocate the real
 * ones, so the answer takes into account what a count of places per pathway would miss: that a Senior holder's places
 * serve three pathways, that each submission needs a lead, and that unavailable assessors give nothing. Conflicts
 * are unknown before submissions arrive, so a pool that only just suffices here may still fall short: the page says
 * so.
 */
@Component
public class CapacityForecast {

    private final AllocationSolver solver;

    public CapacityForecast(AllocationSolver solver) {
        this.solver = solver;
    }

    /** One pathway: what is expected, what those who may assess it offer, and how many the pool could take. */
    public record Line(String pathway, String pathwayName, int expected, int placesNeeded, int eligibleAssessors,
                       int eligiblePlaces, int eligibleLeads, int leadPlaces, int covered) {

        /** Submissions the pool could not give a lead and a second. */
        public int shortBy() {
            return expected - covered;
        }
    }

    /** The lines in the order given, and what to do about any shortfall, in the solver's words. */
    public record Forecast(List<Line> lines, List<String> advice) {

        public boolean enough() {
            return lines.stream().allMatch(l -> l.shortBy() == 0);
        }

        public int expected() {
            return lines.stream().mapToInt(Line::expected).sum();
        }
    }

    public Forecast forecast(List<ExpectedSubmissions> expected, List<AllocationProblem.Assessor> pool,
                             Map<String, String> pathwayNames) {
        List<AllocationProblem.Submission> standIns = new ArrayList<>();
        Map<UUID, String> pathwayOf = new HashMap<>();
        for (ExpectedSubmissions e : expected) {
            String name = pathwayNames.getOrDefault(e.pathwayKey(), e.pathwayKey());
            for (int i = 1; i <= e.expected(); i++) {
                UUID id = UUID.randomUUID();
                pathwayOf.put(id, e.pathwayKey());
                standIns.add(new AllocationProblem.Submission(id, "expected " + name + " submission " + i,
                        e.pathwayKey(), Set.of(), null, Map.of()));
            }
        }
        AllocationProblem problem = new AllocationProblem(standIns, pool, pathwayNames);
        AllocationProposal proposal = solver.propose(problem);

        Map<String, Integer> covered = new HashMap<>();
        proposal.pairs().forEach(p -> covered.merge(pathwayOf.get(p.submission()), 1, Integer::sum));
        List<Line> lines = new ArrayList<>();
        for (ExpectedSubmissions e : expected) {
            String key = e.pathwayKey();
            List<AllocationProblem.Assessor> eligible = pool.stream().filter(a -> a.mayAssess(key) && a.places() > 0).toList();
            List<AllocationProblem.Assessor> leads = eligible.stream().filter(AllocationProblem.Assessor::mayLead).toList();
            lines.add(new Line(key, pathwayNames.getOrDefault(key, key), e.expected(), 2 * e.expected(), eligible.size(),
                    eligible.stream().mapToInt(AllocationProblem.Assessor::places).sum(), leads.size(),
                    leads.stream().mapToInt(AllocationProblem.Assessor::places).sum(), covered.getOrDefault(key, 0)));
        }
        List<String> advice = new ArrayList<>();
        for (Line line : lines) {
            if (line.shortBy() > 0) {
                advice.add(line.pathwayName() + ": " + line.expected() + " expected, the pool can take "
                        + line.covered() + ". Recruit assessors who may assess " + line.pathwayName() + " (or raise "
                        + "capacities) for " + line.shortBy() + " more, each needing a lead and a second.");
            }
        }
        proposal.shortfalls().stream().map(AllocationProposal.Shortfall::kind).distinct().forEach(kind -> {
            switch (kind) {
                case LEADS -> advice.add("Leads are what runs out: only assessors who have served three times as second"
                        + " may lead. Raise a lead's capacity, or ask experienced seconds to lead.");
                case UNAVAILABLE -> advice.add("Some assessors who could take these are unavailable during the"
                        + " assessment window.");
                default -> {
                }
            }
        });
        return new Forecast(List.copyOf(lines), List.copyOf(advice));
    }
}
