package org.waymark.assessment.internal.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;

/**
 * One minimum-cost flow over the open submissions: the slots it fills, each slot on its own. See
 * {@link AllocationSolver} for the model and why its costs are what they are.
 *
 * <p>Vertices are numbers: the sink 0; for submission {@code i} its lead slot {@code 1+3i}, its second slot
 * {@code 2+3i} and its hub {@code 3+3i} (the assessors who may lead it); then one vertex per assessor.
 */
final class AllocationNetwork {

    /** Cost of a wanted specialism the assessor does not have. */
    static final int SPECIALISM_MISS = 3;
    /** The k-th place an assessor with load L takes costs LOAD_STEP * (L + k): convex, so load is spread. */
    static final int LOAD_STEP = 2;

    private AllocationNetwork() {
    }

    /** A slot-level answer: lead and second per submission, either null when that slot stays empty. */
    record Slots(Map<UUID, UUID> leads, Map<UUID, UUID> seconds) {
        UUID lead(UUID submission) {
            return leads.get(submission);
        }

        UUID second(UUID submission) {
            return seconds.get(submission);
        }

        int filled() {
            return leads.size() + seconds.size();
        }
    }

    /** Every arc carries what it stands for, so the flow can be read back; weights are the costs. */
    static final class Arc extends DefaultWeightedEdge {
        final int capacity;
        final int submission;
        final int assessor;

        Arc(int capacity, int submission, int assessor) {
            this.capacity = capacity;
            this.submission = submission;
            this.assessor = assessor;
        }
    }

    /** Whether the candidate's suggestion can be honoured at all: eligible, available, with a place, no conflict. */
    static boolean honourable(Submission submission, Assessor assessor, int places) {
        return assessor != null && assessor.id().equals(submission.suggestedAssessor()) && mayTake(submission, assessor, places);
    }

    static boolean mayTake(Submission submission, Assessor assessor, int places) {
        return places > 0 && !assessor.unavailable() && assessor.mayAssess(submission.pathway())
                && !submission.conflictsWith(assessor.id());
    }

    static int specialismCost(Submission submission, Assessor assessor) {
        return SPECIALISM_MISS * (int) submission.specialisms().stream().filter(s -> !assessor.specialisms().contains(s)).count();
    }

    /**
     * @param places places each assessor has left (missing means none)
     * @param loads  load each assessor carries into this solve (their load plus what earlier passes gave them)
     */
    static Slots solve(List<Submission> submissions, List<Assessor> assessors, Map<UUID, Integer> places,
                       Map<UUID, Integer> loads) {
        int n = submissions.size();
        int sink = 0;
        int firstAssessor = 1 + 3 * n;
        var graph = new DirectedWeightedMultigraph<Integer, Arc>(Arc.class);
        Map<Integer, Integer> supply = new HashMap<>();
        graph.addVertex(sink);
        supply.put(sink, -2 * n);
        for (int j = 0; j < assessors.size(); j++) {
            graph.addVertex(firstAssessor + j);
        }

        // Tier weights: see AllocationSolver. Each bound is the most that tier can change along one simple path.
        int maxSpecialism = 0;
        int maxLoad = 0;
        for (Submission s : submissions) {
            for (Assessor a : assessors) {
                maxSpecialism = Math.max(maxSpecialism, specialismCost(s, a));
            }
        }
        for (Assessor a : assessors) {
            int p = places.getOrDefault(a.id(), 0);
            maxLoad = Math.max(maxLoad, LOAD_STEP * (loads.getOrDefault(a.id(), 0) + p));
        }
        long reach = Math.min(assessors.size(), 2L * n);
        long notSuggested = reach * maxSpecialism + maxLoad + 1;
        long unfilled = reach * (notSuggested + maxSpecialism) + maxLoad + 1;
        if (unfilled * 2 >= CapacityScalingMinimumCostFlow.COST_INF) {
            throw new IllegalArgumentException("The round is too large for one allocation: " + n + " submissions, "
                    + assessors.size() + " assessors");
        }

        for (int i = 0; i < n; i++) {
            Submission s = submissions.get(i);
            int lead = 1 + 3 * i;
            int second = lead + 1;
            int hub = lead + 2;
            graph.addVertex(lead);
            graph.addVertex(second);
            graph.addVertex(hub);
            supply.put(lead, 1);
            supply.put(second, 1);
            arc(graph, lead, sink, 1, unfilled, i, -1);
            arc(graph, second, sink, 1, unfilled, i, -1);
            arc(graph, lead, hub, 1, 0, i, -1);
            arc(graph, second, hub, 1, 0, i, -1);
            for (int j = 0; j < assessors.size(); j++) {
                Assessor a = assessors.get(j);
                int p = places.getOrDefault(a.id(), 0);
                if (!mayTake(s, a, p)) {
                    continue;
                }
                long cost = specialismCost(s, a) + (honourable(s, a, p) ? 0 : notSuggested);
                // Leads and seconds who may lead go through the hub, one unit each: never twice the same person.
                arc(graph, a.mayLead() ? hub : second, firstAssessor + j, 1, cost, i, j);
            }
        }
        for (int j = 0; j < assessors.size(); j++) {
            Assessor a = assessors.get(j);
            int load = loads.getOrDefault(a.id(), 0);
            for (int k = 1; k <= places.getOrDefault(a.id(), 0); k++) {
                arc(graph, firstAssessor + j, sink, 1, (long) LOAD_STEP * (load + k), -1, j);
            }
        }

        var problem = new MinimumCostFlowProblemImpl<>(graph, v -> supply.getOrDefault(v, 0), arc -> arc.capacity);
        Map<Arc, Double> flow = new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem).getFlowMap();

        Map<UUID, UUID> leads = new HashMap<>();
        Map<UUID, UUID> seconds = new HashMap<>();
        List<List<Integer>> viaHub = new ArrayList<>();
        List<Integer> direct = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            viaHub.add(new ArrayList<>());
            direct.add(-1);
        }
        boolean[] leadFilled = new boolean[n];
        for (Arc arc : graph.edgeSet()) {
            if (flow.getOrDefault(arc, 0d) < 0.5 || arc.submission < 0) {
                continue;
            }
            int source = graph.getEdgeSource(arc);
            int target = graph.getEdgeTarget(arc);
            if (arc.assessor >= 0) {
                if (source % 3 == 0) {
                    viaHub.get(arc.submission).add(arc.assessor);
                } else {
                    direct.set(arc.submission, arc.assessor);
                }
            } else if (target != sink && source % 3 == 1) {
                leadFilled[arc.submission] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            UUID id = submissions.get(i).id();
            List<Integer> hubbed = viaHub.get(i);
            hubbed.sort(null);
            List<Integer> rest = new ArrayList<>(hubbed);
            if (leadFilled[i]) {
                leads.put(id, assessors.get(rest.removeFirst()).id());
            }
            if (!rest.isEmpty()) {
                seconds.put(id, assessors.get(rest.getFirst()).id());
            } else if (direct.get(i) >= 0) {
                seconds.put(id, assessors.get(direct.get(i)).id());
            }
        }
        return new Slots(leads, seconds);
    }

    private static void arc(DirectedWeightedMultigraph<Integer, Arc> graph, int from, int to, int capacity, long cost,
                            int submission, int assessor) {
        Arc arc = new Arc(capacity, submission, assessor);
        graph.addEdge(from, to, arc);
        graph.setEdgeWeight(arc, cost);
    }
}
