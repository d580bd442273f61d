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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem.MinimumCostFlowProblemImpl;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.junit.jupiter.api.Test;
import org.waymark.assessment.internal.allocation.AllocationNetwork.Network;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;

/**
 * OR-Tools' minimum-cost flow (the engine) against JGraphT's {@code CapacityScalingMinimumCostFlow} (the engine before
 * it, ADR 0010) on the same networks: on 400 seeded random rounds, small to a few hundred slots, with places to spare
 * and short of them, both find flows of the same, minimum, cost; and OR-Tools' flow meets every supply within the
 * capacities. Ties may be broken differently, so the flows themselves are not compared.
 */
class AllocationEngineTests {

    private static final List<String> PATHWAYS = List.of("associate", "cmalt", "senior");
    private static final List<String> SPECIALISMS = List.of("moodle", "accessibility", "assessment", "video");

    @Test
    void orToolsFindsAFlowOfTheSameCostAsJGraphTOnEveryRound() {
        Random random = new Random(20261130L);
        int withUnfilledSlots = 0;
        for (int round = 0; round < 400; round++) {
            AllocationProblem problem = round < 200
                    ? AllocationOptimalityTests.randomProblem(random, round % 2 == 0)
                    : mediumProblem(random, round % 2 == 0);
            Network network = network(problem);

            long[] flow = MinCostFlows.solve(network);
            assertFeasible(network, flow);
            assertThat(network.cost(flow)).as("round %d", round).isEqualTo(jgraphtCost(network));
            if (AllocationNetwork.read(problem.submissions(), problem.assessors(), network, flow).filled()
                    < 2 * problem.submissions().size()) {
                withUnfilledSlots++;
            }
        }
        // Both kinds of round were exercised: some short of places, most not.
        assertThat(withUnfilledSlots).isBetween(20, 380);
    }

    @Test
    void solvesOnSeveralThreadsAtOnceAgreeWithSolvesOneByOne() throws Exception {
        Random random = new Random(7);
        List<Network> networks = new ArrayList<>();
        for (int k = 0; k < 16; k++) {
            networks.add(network(mediumProblem(random, k % 2 == 0)));
        }
        List<Long> serial = networks.stream().map(n -> n.cost(MinCostFlows.solve(n))).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Long>> parallel = new ArrayList<>();
            for (Network n : networks) {
                parallel.add(pool.submit(() -> n.cost(MinCostFlows.solve(n))));
            }
            for (int k = 0; k < networks.size(); k++) {
                assertThat(parallel.get(k).get()).as("network %d", k).isEqualTo(serial.get(k));
            }
        }
    }

    private static Network network(AllocationProblem problem) {
        Map<UUID, Integer> places = new HashMap<>();
        Map<UUID, Integer> loads = new HashMap<>();
        problem.assessors().forEach(a -> {
            places.put(a.id(), a.places());
            loads.put(a.id(), a.load());
        });
        return AllocationNetwork.build(problem.submissions(), problem.assessors(), places, loads);
    }

    /** Every arc carries 0 or 1 (its capacity) and every node sends out its supply. */
    private static void assertFeasible(Network network, long[] flow) {
        long[] net = new long[network.nodes()];
        for (int a = 0; a < network.arcs(); a++) {
            assertThat(flow[a]).isBetween(0L, 1L);
            net[network.tail()[a]] += flow[a];
            net[network.head()[a]] -= flow[a];
        }
        assertThat(net).containsExactly(network.supply());
    }

    /** The minimum cost as JGraphT finds it on the same arcs (its costs are the graph's edge weights). */
    private static long jgraphtCost(Network network) {
        var graph = new DirectedWeightedMultigraph<Integer, Integer>(null, null);
        for (int node = 0; node < network.nodes(); node++) {
            graph.addVertex(node);
        }
        for (int a = 0; a < network.arcs(); a++) {
            graph.addEdge(network.tail()[a], network.head()[a], a);
            graph.setEdgeWeight(a, network.cost()[a]);
        }
        var problem = new MinimumCostFlowProblemImpl<Integer, Integer>(graph, v -> (int) network.supply()[v], arc -> 1);
        Map<Integer, Double> flow = new CapacityScalingMinimumCostFlow<Integer, Integer>().getMinimumCostFlow(problem).getFlowMap();
        long cost = 0;
        for (int a = 0; a < network.arcs(); a++) {
            cost += Math.round(flow.getOrDefault(a, 0d)) * network.cost()[a];
        }
        return cost;
    }

    /** 10 to 60 submissions, 4 to 24 assessors, with conflicts, suggestions, specialisms, loads and newcomers. */
    private static AllocationProblem mediumProblem(Random random, boolean generous) {
        int assessorCount = 4 + random.nextInt(21);
        int submissionCount = 10 + random.nextInt(51);
        List<Assessor> assessors = new ArrayList<>();
        for (int j = 0; j < assessorCount; j++) {
            Set<String> pathways = random.nextInt(3) == 0 ? Pools.SENIOR_HOLDER : Pools.CMALT_HOLDER;
            int capacity = generous ? 2 + random.nextInt(8) : random.nextInt(5);
            assessors.add(new Assessor(new UUID(1, j), "A" + j, pathways, random.nextInt(4) > 0, capacity,
                    random.nextInt(15) == 0, someOf(random), random.nextInt(5)));
        }
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < submissionCount; i++) {
            Map<UUID, String> conflicts = new HashMap<>();
            for (Assessor a : assessors) {
                if (random.nextInt(10) == 0) {
                    conflicts.put(a.id(), "same institution");
                }
            }
            UUID suggested = random.nextInt(5) < 2 ? assessors.get(random.nextInt(assessorCount)).id() : null;
            submissions.add(new Submission(new UUID(2, i), "S" + i, PATHWAYS.get(random.nextInt(3)), someOf(random),
                    suggested, conflicts));
        }
        return new AllocationProblem(submissions, assessors, Pools.PATHWAY_NAMES);
    }

    private static Set<String> someOf(Random random) {
        Set<String> chosen = new HashSet<>();
        int count = random.nextInt(3);
        for (int k = 0; k < count; k++) {
            chosen.add(SPECIALISMS.get(random.nextInt(SPECIALISMS.size())));
        }
        return chosen;
    }
}
