package org.waymark.assessment.internal.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;

/**
 * A round of the size ALT sees, 300 submissions and 60 assessors with conflicts by institution, declared conflicts,
 * suggestions and specialisms: allocated within the rules. The time is printed, not asserted (the machine is shared);
 * the benchmark under bench/ is the place for figures.
 */
class AllocationSizeTests {

    private static final List<String> SPECIALISMS = List.of("moodle", "accessibility", "assessment", "video", "research",
            "leadership", "open education", "ai", "learning design", "digital skills");

    @Test
    void threeHundredSubmissionsAndSixtyAssessorsAreAllocatedWithinTheRules() {
        AllocationProblem problem = round(new Random(300), 300, 60, 8, 15);
        AllocationSolver solver = new AllocationSolver();

        long start = System.nanoTime();
        AllocationProposal proposal = solver.propose(problem);
        long first = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        solver.propose(problem);
        long second = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Allocation of 300 submissions to 60 assessors: %d ms (first run), %d ms (second run)%n", first, second);

        assertThat(solver.violations(problem, proposal)).isEmpty();
        assertThat(proposal.shortfalls()).isEmpty();
        assertThat(proposal.pairs()).hasSize(300);
        assertThat(proposal.notes()).allSatisfy(n -> assertThat(n.message()).doesNotContain("was not allocated"));
    }

    @Test
    void aRoundShortOfPlacesAllocatesWhatItCanAndExplainsTheRest() {
        AllocationProblem problem = round(new Random(301), 300, 60, 3, 8);
        AllocationSolver solver = new AllocationSolver();

        long start = System.nanoTime();
        AllocationProposal proposal = solver.propose(problem);
        System.out.printf("Allocation of 300 submissions to 60 assessors short of places: %d ms, %d allocated, shortfalls: %s%n",
                (System.nanoTime() - start) / 1_000_000, proposal.pairs().size(),
                proposal.shortfalls().stream().map(f -> f.kind() + " " + f.pathway() + " " + f.submissions().size()).toList());
        proposal.shortfalls().forEach(f -> System.out.println("  " + f.message()));
        proposal.notes().stream().limit(5).forEach(n -> System.out.println("  note: " + n.message()));

        assertThat(solver.violations(problem, proposal)).isEmpty();
        int places = problem.assessors().stream().mapToInt(Assessor::places).sum();
        assertThat(proposal.pairs().size()).isLessThanOrEqualTo(places / 2).isGreaterThan(100);
        assertThat(proposal.unallocated()).isNotEmpty().allSatisfy(u -> assertThat(u.reason()).isNotBlank());
        assertThat(proposal.shortfalls()).first().extracting(AllocationProposal.Shortfall::message)
                .isEqualTo("Not enough capacity: 600 places needed for 300 submissions, 327 declared by assessors available this round");
        assertThat(proposal.pairs().size() + proposal.unallocated().size()).isEqualTo(300);
    }

    static AllocationProblem round(Random random, int submissionCount, int assessorCount, int minCapacity, int maxCapacity) {
        List<Assessor> assessors = new ArrayList<>();
        Map<UUID, Integer> institutionOf = new HashMap<>();
        for (int j = 0; j < assessorCount; j++) {
            boolean senior = random.nextInt(20) < 7;
            UUID id = new UUID(1, j);
            institutionOf.put(id, random.nextInt(25));
            assessors.add(new Assessor(id, "Assessor " + j, senior ? Pools.SENIOR_HOLDER : Pools.CMALT_HOLDER,
                    random.nextInt(5) < 3, minCapacity + random.nextInt(maxCapacity - minCapacity + 1),
                    random.nextInt(20) == 0, new HashSet<>(List.of(SPECIALISMS.get(random.nextInt(10)), SPECIALISMS.get(random.nextInt(10)))),
                    random.nextInt(3)));
        }
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < submissionCount; i++) {
            int roll = random.nextInt(100);
            String pathway = roll < 30 ? "associate" : roll < 85 ? "cmalt" : "senior";
            int institution = random.nextInt(25);
            Map<UUID, String> conflicts = new HashMap<>();
            for (Assessor a : assessors) {
                if (institutionOf.get(a.id()) == institution) {
                    conflicts.put(a.id(), "same institution");
                } else if (random.nextInt(100) == 0) {
                    conflicts.put(a.id(), "declared");
                }
            }
            UUID suggested = random.nextInt(5) == 0 ? assessors.get(random.nextInt(assessorCount)).id() : null;
            submissions.add(new Submission(new UUID(2, i), "W-" + i, pathway,
                    Set.of(SPECIALISMS.get(random.nextInt(10))), suggested, conflicts));
        }
        return new AllocationProblem(submissions, assessors, Pools.PATHWAY_NAMES);
    }
}
