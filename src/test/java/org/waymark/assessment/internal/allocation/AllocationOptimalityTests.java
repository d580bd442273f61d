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
import org.waymark.assessment.internal.allocation.AllocationNetwork.Slots;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;

/**
 * The solver against brute force on 200 small random rounds (seeded): every way of filling the slots is enumerated
 * and scored by the same three tiers (slots filled, suggestions honoured, specialism and load cost), and every way of
 * giving submissions both assessors or none is enumerated and counted.
 */
class AllocationOptimalityTests {

    private static final List<String> PATHWAYS = List.of("associate", "cmalt", "senior");
    private static final List<String> SPECIALISMS = List.of("moodle", "accessibility", "assessment", "video");
    private static final List<String> REASONS = List.of("same institution", "line manager", "declared");

    /** Better is more slots, then more suggestions honoured, then less cost. */
    record Score(int filled, int honoured, long cost) {
        boolean beats(Score other) {
            if (filled != other.filled) {
                return filled > other.filled;
            }
            if (honoured != other.honoured) {
                return honoured > other.honoured;
            }
            return cost < other.cost;
        }
    }

    @Test
    void theFlowFillsAsManySlotsAsBruteForceHonoursAsManySuggestionsAndCostsNoMore() {
        Random random = new Random(20261130);
        int halves = 0;
        int shortOfBruteForce = 0;
        int bruteForceTotal = 0;
        int everyoneRounds = 0;
        for (int round = 0; round < 200; round++) {
            AllocationProblem problem = randomProblem(random, round % 2 == 0);
            Map<UUID, Integer> places = new HashMap<>();
            Map<UUID, Integer> loads = new HashMap<>();
            problem.assessors().forEach(a -> {
                places.put(a.id(), a.places());
                loads.put(a.id(), a.load());
            });

            Slots slots = AllocationNetwork.solve(problem.submissions(), problem.assessors(), places, loads);
            int[][] chosen = new int[problem.submissions().size()][2];
            List<Assessor> assessors = problem.assessors();
            for (int i = 0; i < chosen.length; i++) {
                UUID id = problem.submissions().get(i).id();
                chosen[i][0] = indexOf(assessors, slots.lead(id));
                chosen[i][1] = indexOf(assessors, slots.second(id));
            }
            Score flow = score(problem, chosen);
            Score best = bruteForceSlots(problem);
            assertThat(flow).as("round %d", round).isEqualTo(best);

            AllocationProposal proposal = new AllocationSolver().propose(problem);
            if (best.filled() == 2 * problem.submissions().size()) {
                // A pool that can take every submission: the proposal is the optimum itself.
                int[][] proposed = new int[chosen.length][2];
                for (int i = 0; i < chosen.length; i++) {
                    var pair = proposal.pair(problem.submissions().get(i).id()).orElseThrow();
                    proposed[i][0] = indexOf(assessors, pair.lead());
                    proposed[i][1] = indexOf(assessors, pair.second());
                }
                assertThat(score(problem, proposed)).as("round %d", round).isEqualTo(best);
                everyoneRounds++;
            }
            assertThat(new AllocationSolver().violations(problem, proposal)).as("round %d", round).isEmpty();
            int bestPairs = bruteForcePairs(problem, 0, new int[assessors.size()]);
            int halvesHere = 0;
            for (int[] c : chosen) {
                halvesHere += (c[0] < 0) != (c[1] < 0) ? 1 : 0;
            }
            // Releasing halves can cost at most half their number in allocated submissions.
            assertThat(proposal.pairs().size()).as("round %d", round).isBetween(bestPairs - (halvesHere + 1) / 2, bestPairs);
            assertThat(proposal.pairs().size() + proposal.unallocated().size()).isEqualTo(problem.submissions().size());
            halves += halvesHere;
            shortOfBruteForce += bestPairs - proposal.pairs().size();
            bruteForceTotal += bestPairs;
        }
        System.out.printf("Allocation vs brute force: 200 rounds, %d where everyone can be allocated; %d half-filled"
                + " submissions in first flows; brute force allocates %d submissions, the solver %d fewer%n",
                everyoneRounds, halves, bruteForceTotal, shortOfBruteForce);
        assertThat(everyoneRounds).as("the seed gives rounds of both kinds").isBetween(20, 180);
    }

    /** Even rounds have places to spare, odd rounds are short of them; both kinds have conflicts and suggestions. */
    static AllocationProblem randomProblem(Random random, boolean generous) {
        // Brute force over rounds with places to spare explores every full allocation: they are kept a little smaller.
        int assessorCount = 3 + random.nextInt(generous ? 3 : 4);
        int submissionCount = 3 + random.nextInt(generous ? 2 : 3);
        List<Assessor> assessors = new ArrayList<>();
        for (int j = 0; j < assessorCount; j++) {
            Set<String> pathways = random.nextInt(3) == 0 ? Pools.SENIOR_HOLDER : Pools.CMALT_HOLDER;
            boolean mayLead = generous ? random.nextInt(3) > 0 : random.nextBoolean();
            int capacity = generous ? 2 + random.nextInt(3) : random.nextInt(4);
            assessors.add(new Assessor(new UUID(1, j), "A" + j, pathways, mayLead, capacity,
                    random.nextInt(generous ? 20 : 10) == 0, someOf(random, SPECIALISMS, 2), random.nextInt(4)));
        }
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < submissionCount; i++) {
            Map<UUID, String> conflicts = new HashMap<>();
            for (Assessor a : assessors) {
                if (random.nextInt(generous ? 8 : 5) == 0) {
                    conflicts.put(a.id(), REASONS.get(random.nextInt(REASONS.size())));
                }
            }
            UUID suggested = random.nextInt(5) < 2 ? assessors.get(random.nextInt(assessorCount)).id() : null;
            String pathway = generous ? PATHWAYS.get(random.nextInt(2)) : PATHWAYS.get(random.nextInt(3));
            submissions.add(new Submission(new UUID(2, i), "S" + i, pathway, someOf(random, SPECIALISMS, 2), suggested, conflicts));
        }
        return new AllocationProblem(submissions, assessors, Pools.PATHWAY_NAMES);
    }

    private static Set<String> someOf(Random random, List<String> words, int most) {
        Set<String> chosen = new HashSet<>();
        int count = random.nextInt(most + 1);
        for (int k = 0; k < count; k++) {
            chosen.add(words.get(random.nextInt(words.size())));
        }
        return chosen;
    }

    private static int indexOf(List<Assessor> assessors, UUID id) {
        for (int j = 0; j < assessors.size(); j++) {
            if (assessors.get(j).id().equals(id)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean may(AllocationProblem problem, int i, int j, boolean asLead) {
        Submission s = problem.submissions().get(i);
        Assessor a = problem.assessors().get(j);
        return a.places() > 0 && !a.unavailable() && a.mayAssess(s.pathway()) && !s.conflictsWith(a.id())
                && (!asLead || a.mayLead());
    }

    /** The three tiers, computed from the rules directly, not from the solver's weights. */
    static Score score(AllocationProblem problem, int[][] chosen) {
        List<Assessor> assessors = problem.assessors();
        int[] used = new int[assessors.size()];
        int filled = 0;
        int honoured = 0;
        long cost = 0;
        for (int i = 0; i < chosen.length; i++) {
            Submission s = problem.submissions().get(i);
            for (int j : chosen[i]) {
                if (j < 0) {
                    continue;
                }
                Assessor a = assessors.get(j);
                filled++;
                used[j]++;
                if (a.id().equals(s.suggestedAssessor())) {
                    honoured++;
                }
                cost += AllocationNetwork.SPECIALISM_MISS * s.specialisms().stream().filter(w -> !a.specialisms().contains(w)).count();
            }
        }
        for (int j = 0; j < assessors.size(); j++) {
            for (int k = 1; k <= used[j]; k++) {
                cost += (long) AllocationNetwork.LOAD_STEP * (assessors.get(j).load() + k);
            }
        }
        return new Score(filled, honoured, cost);
    }

    private static Score bruteForceSlots(AllocationProblem problem) {
        int n = problem.submissions().size();
        Score[] best = {new Score(-1, 0, 0)};
        slots(problem, 0, 0, new int[n][2], new int[problem.assessors().size()], best);
        return best[0];
    }

    /** Every way to fill the slots, people first and the empty slot last; a branch that cannot fill enough is cut. */
    private static void slots(AllocationProblem problem, int i, int filled, int[][] chosen, int[] used, Score[] best) {
        if (filled + 2 * (chosen.length - i) < best[0].filled()) {
            return;
        }
        if (i == chosen.length) {
            Score score = score(problem, chosen);
            if (score.beats(best[0])) {
                best[0] = score;
            }
            return;
        }
        int m = problem.assessors().size();
        for (int l = 0; l <= m; l++) {
            int lead = l == m ? -1 : l;
            if (lead >= 0 && (!may(problem, i, lead, true) || used[lead] == problem.assessors().get(lead).places())) {
                continue;
            }
            if (lead >= 0) {
                used[lead]++;
            }
            for (int t = 0; t <= m; t++) {
                int second = t == m ? -1 : t;
                if (second >= 0 && (second == lead || !may(problem, i, second, false)
                        || used[second] == problem.assessors().get(second).places())) {
                    continue;
                }
                if (second >= 0) {
                    used[second]++;
                }
                chosen[i][0] = lead;
                chosen[i][1] = second;
                slots(problem, i + 1, filled + (lead >= 0 ? 1 : 0) + (second >= 0 ? 1 : 0), chosen, used, best);
                if (second >= 0) {
                    used[second]--;
                }
            }
            if (lead >= 0) {
                used[lead]--;
            }
        }
    }

    /** The most submissions that can have both assessors at once. */
    private static int bruteForcePairs(AllocationProblem problem, int i, int[] used) {
        if (i == problem.submissions().size()) {
            return 0;
        }
        int best = bruteForcePairs(problem, i + 1, used);
        int m = problem.assessors().size();
        for (int lead = 0; lead < m; lead++) {
            if (!may(problem, i, lead, true) || used[lead] == problem.assessors().get(lead).places()) {
                continue;
            }
            for (int second = 0; second < m; second++) {
                if (second == lead || !may(problem, i, second, false) || used[second] == problem.assessors().get(second).places()) {
                    continue;
                }
                used[lead]++;
                used[second]++;
                best = Math.max(best, 1 + bruteForcePairs(problem, i + 1, used));
                used[lead]--;
                used[second]--;
            }
        }
        return best;
    }
}
