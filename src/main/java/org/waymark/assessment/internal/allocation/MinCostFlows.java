package org.waymark.assessment.internal.allocation;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase.Status;

import org.waymark.assessment.internal.allocation.AllocationNetwork.Network;

/**
 * Solves an allocation {@link Network} with Google OR-Tools' {@code MinCostFlow} (C++'s {@code SimpleMinCostFlow}: cost
 * scaling with push-relabel, exact on integer costs), ADR 0010. The native library is loaded once, on first use, by
 * the class holder idiom; {@link Loader#loadNativeLibraries()} is itself synchronized and idempotent. Each solve has
 * its own native solver, freed at the end, so solves may run on several threads at once.
 */
final class MinCostFlows {

    private MinCostFlows() {
    }

    /** Loads OR-Tools' native libraries when this class is first initialised, which the JVM does once. */
    private static final class Natives {
        static {
            Loader.loadNativeLibraries();
        }

        static void ensureLoaded() {
            // Initialising this class is the work.
        }
    }

    /** Loads the native libraries if not yet loaded; throws (an {@code Error}) where they cannot be. */
    static void loadNatives() {
        Natives.ensureLoaded();
    }

    /** The flow on each arc of an optimal flow (every supply met); throws if OR-Tools finds none. */
    static long[] solve(Network network) {
        Natives.ensureLoaded();
        MinCostFlow solver = new MinCostFlow(network.nodes(), network.arcs());
        try {
            for (int a = 0; a < network.arcs(); a++) {
                int added = solver.addArcWithCapacityAndUnitCost(network.tail()[a], network.head()[a], 1, network.cost()[a]);
                assert added == a;
            }
            for (int node = 0; node < network.nodes(); node++) {
                if (network.supply()[node] != 0) {
                    solver.setNodeSupply(node, network.supply()[node]);
                }
            }
            Status status = solver.solve();
            if (status != Status.OPTIMAL) {
                // The "unfilled" arcs make every network feasible; BAD_COST_RANGE would mean costs too large to scale.
                throw new IllegalStateException("The allocation flow was not solved: " + status + " (" + network.nodes()
                        + " nodes, " + network.arcs() + " arcs)");
            }
            long[] flow = new long[network.arcs()];
            for (int a = 0; a < network.arcs(); a++) {
                flow[a] = solver.getFlow(a);
            }
            return flow;
        } finally {
            solver.delete();
        }
    }
}
