package org.waymark.assessment.internal.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.waymark.assessment.internal.allocation.AllocationNetwork.Filled;
import org.waymark.assessment.internal.allocation.AllocationNetwork.Pairs;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;
import org.waymark.assessment.internal.allocation.AllocationProposal.Pair;

/**
 * Allocates a round's submissions to a lead and a second assessor each, optimally, as a minimum-cost flow solved by
 * Google OR-Tools' {@code MinCostFlow} (ADR 0010; JGraphT's {@code CapacityScalingMinimumCostFlow} before); and checks an administrator's change against the same
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
 * The tiers being strict means weights never trade a filled slot for a nicer match. A fourth tier, below these, breaks their
 * ties towards filling earlier submissions whole (see {@code AllocationNetwork}). Costs are 64-bit integers, as
 * OR-Tools needs; it scales them by the number of nodes, which stays far from overflow for rounds of thousands.
 *
 * <h2>Both assessors or none</h2>
 * A flow fills slots one by one, so a submission can come out with one slot filled. Asking for both or neither
 * would make the problem an integer program (a degree-constrained subgraph with a gap), not a flow, so the solver
 * post-processes instead of modelling it: (1) it sets aside the submissions a flow fills by half and solves the rest
 * again from the start, until a flow fills no submission by half, and keeps what that flow allocates; (2) it solves
 * for those set aside and those left empty with the places left, while that allocates more; (3) it tries what is
 * still open one by one, which settles ties between two halves only one of which can be completed. Steps (1) and (2)
 * solve at most {@link #ROUND_FLOWS} flows over the round between them, so a round short of places costs a few
 * flows, not one per submission set aside. What remains is explained.
 * <p>When the pool can take every submission, the first flow fills every slot and the proposal is the optimum of the
 * three tiers. When it cannot, the first flow's number of filled slots is the maximum, and the number of submissions
 * allocated is at least the optimum less half the number of halves in the first flow (each later flow keeps at least
 * as many whole submissions as the one before). {@code AllocationOptimalityTests} compares both with brute force.
 */
@Component
public class AllocationSolver {

    /**
     * How many flows over many submissions one proposal may solve; then what is still open is tried one by one (small
     * flows, fast). A round short of places otherwise sets aside a half or two per flow, and a flow over 300
     * submissions takes about a second.
     */
    static final int ROUND_FLOWS = 4;

    /** Loads OR-Tools' native libraries now, so that an application that cannot load them fails at start. */
    public AllocationSolver() {
        MinCostFlows.loadNatives();
    }

    /** Allocate what can be allocated; explain the rest. */
    public AllocationProposal propose(AllocationProblem problem) {
        Round round = new Round(problem);
        int flows = 0;
        // First the largest set of submissions one flow fills completely: those it fills by half are set aside and
        // the rest solved again from the start, so the halves' places go to submissions that can use both.
        int[] pending = round.open();
        while (true) {
            Filled filled = round.solve(pending);
            flows++;
            int halves = 0;
            for (int k = 0; k < pending.length; k++) {
                halves += (filled.lead()[k] < 0) != (filled.second()[k] < 0) ? 1 : 0;
            }
            if (halves == 0 || flows >= ROUND_FLOWS - 1) {
                round.keepBoth(pending, filled);
                break;
            }
            int[] rest = new int[pending.length - halves];
            for (int k = 0, r = 0; k < pending.length; k++) {
                if ((filled.lead()[k] < 0) == (filled.second()[k] < 0)) {
                    rest[r++] = pending[k];
                }
            }
            pending = rest;
        }
        // Then those set aside and those left empty, with the places left: together while that allocates more and
        // flows remain, then one by one, which settles ties between halves only one of which can be completed.
        int[] open = round.open();
        while (open.length > 0 && flows < ROUND_FLOWS) {
            Filled filled = round.solve(open);
            flows++;
            int both = round.keepBoth(open, filled);
            // Nothing more, or no halves: then the open ones got no slot in a maximum flow and never will.
            if (both == 0 || filled.count() == 2 * both) {
                open = round.open();
                break;
            }
            open = round.open();
        }
        for (int i : open) {
            if (round.completable(i)) {
                int[] one = {i};
                round.keepBoth(one, round.solve(one));
            }
        }
        return round.explain();
    }

    /** Places and loads as the flows take them, per assessor index; the pair kept per submission index. */
    private static final class Round {
        final AllocationProblem problem;
        final Pairs pairs;
        final int[] places;
        final int[] loads;
        final int[] lead;
        final int[] second;

        Round(AllocationProblem problem) {
            this.problem = problem;
            pairs = new Pairs(problem.submissions(), problem.assessors());
            places = new int[pairs.m];
            loads = new int[pairs.m];
            for (int j = 0; j < pairs.m; j++) {
                Assessor a = problem.assessors().get(j);
                places[j] = a.places();
                loads[j] = a.load();
            }
            lead = new int[pairs.n];
            second = new int[pairs.n];
            Arrays.fill(lead, -1);
            Arrays.fill(second, -1);
        }

        /** The submissions without a pair yet, in the round's order. */
        int[] open() {
            int count = 0;
            for (int i = 0; i < pairs.n; i++) {
                count += lead[i] < 0 ? 1 : 0;
            }
            int[] open = new int[count];
            for (int i = 0, k = 0; i < pairs.n; i++) {
                if (lead[i] < 0) {
                    open[k++] = i;
                }
            }
            return open;
        }

        Filled solve(int[] submissions) {
            return AllocationNetwork.solve(pairs, submissions, places, loads);
        }

        /**
         * Whether a flow over this submission alone could give it both assessors: someone who may lead it and someone
         * else, both with a place left. When so, that flow does (it fills as many slots as it can); when not, solving
         * it is skipped, which in a round short of places is most of them.
         */
        boolean completable(int i) {
            int free = 0;
            boolean mayLead = false;
            for (int j = 0; j < pairs.m; j++) {
                if (pairs.mayTake(i, j, places[j])) {
                    free++;
                    mayLead |= pairs.mayLead[j];
                }
            }
            return mayLead && free >= 2;
        }

        /** Keeps the submissions the flow gave both assessors; returns how many. */
        int keepBoth(int[] submissions, Filled filled) {
            int kept = 0;
            for (int k = 0; k < submissions.length; k++) {
                int l = filled.lead()[k];
                int s = filled.second()[k];
                if (l >= 0 && s >= 0) {
                    lead[submissions[k]] = l;
                    second[submissions[k]] = s;
                    for (int j : new int[] {l, s}) {
                        places[j]--;
                        loads[j]++;
                    }
                    kept++;
                }
            }
            return kept;
        }

        AllocationProposal explain() {
            List<Pair> pairsKept = new ArrayList<>();
            List<Submission> open = new ArrayList<>();
            for (int i = 0; i < pairs.n; i++) {
                Submission s = problem.submissions().get(i);
                if (lead[i] >= 0) {
                    pairsKept.add(new Pair(s.id(), problem.assessors().get(lead[i]).id(),
                            problem.assessors().get(second[i]).id()));
                } else {
                    open.add(s);
                }
            }
            Map<UUID, Integer> placesLeft = new HashMap<>();
            for (int j = 0; j < pairs.m; j++) {
                placesLeft.put(problem.assessors().get(j).id(), places[j]);
            }
            return Explanations.explain(problem, pairsKept, open, placesLeft);
        }
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
