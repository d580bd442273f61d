package org.waymark.assessment.internal.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;

/**
 * One minimum-cost flow over the open submissions: the slots it fills, each slot on its own. See
 * {@link AllocationSolver} for the model and why its costs are what they are. The network is built here as plain
 * arrays ({@link Network}), solved by {@link MinCostFlows} (OR-Tools) and read back here.
 *
 * <p>Nodes are numbers: the sink 0; for submission {@code i} its lead slot {@code 1+3i}, its second slot
 * {@code 2+3i} and its hub {@code 3+3i} (the assessors who may lead it); then one node per assessor.
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

    /** What an arc stands for, so the flow can be read back. */
    static final byte UNFILLED = 0;
    static final byte LEAD_TO_HUB = 1;
    static final byte SECOND_TO_HUB = 2;
    static final byte HUB_TO_ASSESSOR = 3;
    static final byte SECOND_TO_ASSESSOR = 4;
    static final byte LOAD = 5;

    /**
     * The network of one flow, engine-neutral: node supplies (the sink's negative) and, per arc, its tail, head,
     * capacity (always 1 here), integer cost, kind, and the submission and assessor it concerns (-1 for none).
     */
    record Network(long[] supply, int arcs, int[] tail, int[] head, long[] cost, byte[] kind, int[] submission,
                   int[] assessor) {
        int nodes() {
            return supply.length;
        }

        /** The cost of a flow, one unit per arc at most. */
        long cost(long[] flow) {
            long total = 0;
            for (int a = 0; a < arcs; a++) {
                total += flow[a] * cost[a];
            }
            return total;
        }
    }

    /**
     * Whether a preference (the candidate's suggestion, a resubmission's previous assessors) can be honoured at all:
     * eligible, available, with a place, no conflict.
     */
    static boolean honourable(Submission submission, Assessor assessor, int places) {
        return assessor != null && submission.prefers(assessor.id()) && mayTake(submission, assessor, places);
    }

    static boolean mayTake(Submission submission, Assessor assessor, int places) {
        return places > 0 && !assessor.unavailable() && assessor.mayAssess(submission.pathway())
                && !submission.conflictsWith(assessor.id()) && !submission.assessedAppealedOutcome(assessor.id());
    }

    static int specialismCost(Submission submission, Assessor assessor) {
        int misses = 0;
        for (String wanted : submission.specialisms()) {
            if (!assessor.specialisms().contains(wanted)) {
                misses++;
            }
        }
        return SPECIALISM_MISS * misses;
    }

    /**
     * @param places places each assessor has left (missing means none)
     * @param loads  load each assessor carries into this solve (their load plus what earlier passes gave them)
     */
    static Slots solve(List<Submission> submissions, List<Assessor> assessors, Map<UUID, Integer> places,
                       Map<UUID, Integer> loads) {
        Network network = build(submissions, assessors, places, loads);
        return read(submissions, assessors, network, MinCostFlows.solve(network));
    }

    /** The network {@link #solve} solves; see {@link AllocationSolver} for its shape and costs. */
    static Network build(List<Submission> submissions, List<Assessor> assessors, Map<UUID, Integer> places,
                         Map<UUID, Integer> loads) {
        int n = submissions.size();
        int m = assessors.size();
        int sink = 0;
        int firstAssessor = 1 + 3 * n;
        long[] supply = new long[firstAssessor + m];
        supply[sink] = -2L * n;

        int[] placesLeft = new int[m];
        int[] load = new int[m];
        for (int j = 0; j < m; j++) {
            placesLeft[j] = places.getOrDefault(assessors.get(j).id(), 0);
            load[j] = loads.getOrDefault(assessors.get(j).id(), 0);
        }
        // The specialism cost of every pair, once (-1 where the assessor may not take the submission): a round of
        // 2,000 x 400 has 800,000 pairs, so this loop is most of building the network.
        int[] specialism = new int[n * m];
        int maxSpecialism = 0;
        for (int i = 0; i < n; i++) {
            Submission s = submissions.get(i);
            for (int j = 0; j < m; j++) {
                Assessor a = assessors.get(j);
                int cost = specialismCost(s, a);
                maxSpecialism = Math.max(maxSpecialism, cost);
                specialism[i * m + j] = mayTake(s, a, placesLeft[j]) ? cost : -1;
            }
        }

        // Tier weights: see AllocationSolver. Each bound is the most that tier can change along one simple path.
        int maxLoad = 0;
        long loadArcs = 0;
        for (int j = 0; j < m; j++) {
            maxLoad = Math.max(maxLoad, LOAD_STEP * (load[j] + placesLeft[j]));
            loadArcs += Math.max(placesLeft[j], 0);
        }
        long reach = Math.min(m, 2L * n);
        long notSuggested = reach * maxSpecialism + maxLoad + 1;
        long unfilled = reach * (notSuggested + maxSpecialism) + maxLoad + 1;
        // A fourth tier, below the three: an unfilled slot of the i-th submission costs n - i more, so that among
        // flows equal in the three tiers the one leaving the later submissions empty wins. It changes nothing the three
        // tiers decide; it breaks their ties towards filling submissions whole, whatever engine solves the flow (the
        // tests' hand-made rounds relied on JGraphT's order of augmentation for that before). A simple cycle crosses the sink once, so this tier changes by less than n + 1
        // along it: every other cost is multiplied by n + 1.
        long tier = n + 1L;
        // OR-Tools scales costs by the number of nodes + 1 and needs the products to fit a long (else BAD_COST_RANGE).
        if (unfilled >= Long.MAX_VALUE / (4L * (supply.length + 1) * (tier + 1))) {
            throw new IllegalArgumentException("The round is too large for one allocation: " + n + " submissions, "
                    + m + " assessors");
        }

        Arcs arcs = new Arcs((int) (4L * n + loadArcs) + Math.min(n * m, 1 << 16));
        for (int i = 0; i < n; i++) {
            Submission s = submissions.get(i);
            int lead = 1 + 3 * i;
            int second = lead + 1;
            int hub = lead + 2;
            supply[lead] = 1;
            supply[second] = 1;
            arcs.add(lead, sink, unfilled * tier + (n - i), UNFILLED, i, -1);
            arcs.add(second, sink, unfilled * tier + (n - i), UNFILLED, i, -1);
            arcs.add(lead, hub, 0, LEAD_TO_HUB, i, -1);
            arcs.add(second, hub, 0, SECOND_TO_HUB, i, -1);
            for (int j = 0; j < m; j++) {
                if (specialism[i * m + j] < 0) {
                    continue;
                }
                Assessor a = assessors.get(j);
                long cost = specialism[i * m + j] + (honourable(s, a, placesLeft[j]) ? 0 : notSuggested);
                // Leads and seconds who may lead go through the hub, one unit each: never twice the same person.
                if (a.mayLead()) {
                    arcs.add(hub, firstAssessor + j, cost * tier, HUB_TO_ASSESSOR, i, j);
                } else {
                    arcs.add(second, firstAssessor + j, cost * tier, SECOND_TO_ASSESSOR, i, j);
                }
            }
        }
        for (int j = 0; j < m; j++) {
            for (int k = 1; k <= placesLeft[j]; k++) {
                arcs.add(firstAssessor + j, sink, (long) LOAD_STEP * (load[j] + k) * tier, LOAD, -1, j);
            }
        }
        return arcs.network(supply);
    }

    /** The slots a flow over {@code network} fills: {@code flow[a]} is what arc {@code a} carries (0 or 1). */
    static Slots read(List<Submission> submissions, List<Assessor> assessors, Network network, long[] flow) {
        int n = submissions.size();
        List<List<Integer>> viaHub = new ArrayList<>();
        int[] direct = new int[n];
        Arrays.fill(direct, -1);
        for (int i = 0; i < n; i++) {
            viaHub.add(new ArrayList<>());
        }
        boolean[] leadFilled = new boolean[n];
        for (int arc = 0; arc < network.arcs(); arc++) {
            if (flow[arc] == 0) {
                continue;
            }
            switch (network.kind()[arc]) {
                case HUB_TO_ASSESSOR -> viaHub.get(network.submission()[arc]).add(network.assessor()[arc]);
                case SECOND_TO_ASSESSOR -> direct[network.submission()[arc]] = network.assessor()[arc];
                case LEAD_TO_HUB -> leadFilled[network.submission()[arc]] = true;
                default -> {
                }
            }
        }
        Map<UUID, UUID> leads = new HashMap<>();
        Map<UUID, UUID> seconds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            UUID id = submissions.get(i).id();
            List<Integer> rest = viaHub.get(i);
            rest.sort(null);
            if (leadFilled[i]) {
                leads.put(id, assessors.get(rest.removeFirst()).id());
            }
            if (!rest.isEmpty()) {
                seconds.put(id, assessors.get(rest.getFirst()).id());
            } else if (direct[i] >= 0) {
                seconds.put(id, assessors.get(direct[i]).id());
            }
        }
        return new Slots(leads, seconds);
    }

    /** The arcs as they are added, in growing arrays. */
    private static final class Arcs {
        int size;
        int[] tail;
        int[] head;
        long[] cost;
        byte[] kind;
        int[] submission;
        int[] assessor;

        Arcs(int capacity) {
            tail = new int[capacity];
            head = new int[capacity];
            cost = new long[capacity];
            kind = new byte[capacity];
            submission = new int[capacity];
            assessor = new int[capacity];
        }

        void add(int from, int to, long unitCost, byte what, int submissionIndex, int assessorIndex) {
            if (size == tail.length) {
                int grown = Math.max(16, tail.length + (tail.length >> 1));
                tail = Arrays.copyOf(tail, grown);
                head = Arrays.copyOf(head, grown);
                cost = Arrays.copyOf(cost, grown);
                kind = Arrays.copyOf(kind, grown);
                submission = Arrays.copyOf(submission, grown);
                assessor = Arrays.copyOf(assessor, grown);
            }
            tail[size] = from;
            head[size] = to;
            cost[size] = unitCost;
            kind[size] = what;
            submission[size] = submissionIndex;
            assessor[size] = assessorIndex;
            size++;
        }

        Network network(long[] supply) {
            return new Network(supply, size, tail, head, cost, kind, submission, assessor);
        }
    }
}
