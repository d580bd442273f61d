package org.waymark.assessment.internal.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.waymark.assessment.internal.allocation.AllocationNetwork.Slots;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;
import org.waymark.assessment.internal.allocation.AllocationProposal.Pair;

/**
 * Allocates a round's submissions to a lead and a second assessor each, optimally, as a minimum-cost flow solved by
 * JGraphT's {@code CapacityScalingMinimumCostFlow} (ADR 0010); and checks an administrator's change against the same
 * rules.
 *
 * <h2>The network</h2>
 * Each submission has a <em>lead slot</em> and a <em>second slot</em>, each a supply of one unit, and a
 * <em>hub</em>. The lead slot flows only into the hub; the hub has one arc of capacity 1 to every assessor who may
 * lead, may assess the pathway, is available, has a place and has no conflict with the submission. The second slot
 * flows into the hub too, or straight to an eligible assessor who may not lead yet. Because every arc into an
 * assessor has capacity 1 and there is at most one per submission, nobody can take both roles; because the lead
 * slot reaches only the hub, the lead always may lead. (This is the "pair node" model with the pair nodes merged
 * into one hub per submission: the same constraints with a third of the arcs, which matters for large rounds.)
 * Each assessor flows into the sink over as many parallel arcs of capacity 1 as they have places, the k-th costing
 * {@code 2 * (load + k)}: a convex cost, so work is spread and those already busy are given less. Arcs an
 * ineligible, unavailable, full or conflicted assessor would need are never built.
 *
 * <h2>Costs, in three tiers</h2>
 * Every slot also has an arc straight to the sink, "unfilled", so that the flow is always feasible and a partial
 * allocation comes out instead of an exception. Costs are integers, chosen so that the minimum-cost flow is the
 * lexicographic optimum:
 * <ol>
 * <li>as many slots filled as possible: "unfilled" costs more than any augmenting path can (a simple path crosses
 * at most min(assessors, 2 &times; submissions) assessor arcs and one load arc);</li>
 * <li>then as many suggested assessors honoured as possible: every submission-to-assessor arc costs an extra
 * amount, larger than any change in the third tier along a path, except the arc to that submission's suggested
 * assessor when the suggestion is valid (eligible, available, with a place, without conflict);</li>
 * <li>then the least of specialism misses (3 per wanted specialism the assessor lacks) and load (above): a
 * specialism match outweighs one assessment more in an assessor's load, not two.</li>
 * </ol>
 * The tiers being strict means weights never trade a filled slot for a nicer match. Costs stay well below JGraphT's
 * {@code COST_INF} (1e9) for rounds of thousands. Note that JGraphT takes costs from the graph's edge weights, not
 * from the cost function a {@code MinimumCostFlowProblemImpl} can be given.
 *
 * <h2>Both assessors or none</h2>
 * A flow fills slots one by one, so a submission can come out with one slot filled. Asking for both or neither
 * would make the problem an integer program (a degree-constrained subgraph with a gap), not a flow. The solver
 * therefore releases such halves, keeps the submissions that got both, and solves again for the rest with the places
 * left, until a pass allocates nothing more; what remains is explained. When the pool can take every submission the
 * first pass fills every slot and the result is the optimum; when it cannot, the number of filled slots is
 * still the maximum, and the number of allocated submissions is at least the optimum less half the halves of the
 * first pass (the tests compare both against brute force).
 */
@Component
public class AllocationSolver {

    /** Allocate what can be allocated; explain the rest. */
    public AllocationProposal propose(AllocationProblem problem) {
        Map<UUID, Integer> places = new HashMap<>();
        Map<UUID, Integer> loads = new HashMap<>();
        for (Assessor a : problem.assessors()) {
            places.put(a.id(), a.places());
            loads.put(a.id(), a.load());
        }
        Map<UUID, Pair> allocated = new LinkedHashMap<>();
        List<Submission> open = new ArrayList<>(problem.submissions());
        while (!open.isEmpty()) {
            Slots slots = AllocationNetwork.solve(open, problem.assessors(), places, loads);
            List<Submission> still = new ArrayList<>();
            for (Submission s : open) {
                UUID lead = slots.lead(s.id());
                UUID second = slots.second(s.id());
                if (lead != null && second != null) {
                    allocated.put(s.id(), new Pair(s.id(), lead, second));
                    for (UUID a : List.of(lead, second)) {
                        places.merge(a, -1, Integer::sum);
                        loads.merge(a, 1, Integer::sum);
                    }
                } else {
                    still.add(s);
                }
            }
            int both = open.size() - still.size();
            open = still;
            // Stop when nothing more was allocated, or when no submission got only one slot: then the open ones
            // got none in a maximum flow, and no later pass could give them any.
            if (both == 0 || slots.filled() == 2 * both) {
                break;
            }
        }
        List<Pair> pairs = problem.submissions().stream().map(s -> allocated.get(s.id())).filter(p -> p != null).toList();
        return Explanations.explain(problem, pairs, open, places);
    }

    /**
     * What the administrator's change would break: the rules of allocation (eligibility, the lead rule, conflicts,
     * availability, capacity, never the same person twice) for the submission and the assessor it touches. Empty when
     * the change may be made.
     */
    public List<String> check(AllocationProblem problem, AllocationProposal proposal, Swap swap) {
        return AllocationRules.check(problem, proposal, swap);
    }

    /** Every rule the whole proposal breaks; empty for anything {@link #propose} returns. */
    public List<String> violations(AllocationProblem problem, AllocationProposal proposal) {
        return AllocationRules.violations(problem, proposal);
    }
}
