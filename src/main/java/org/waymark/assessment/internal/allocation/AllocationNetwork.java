package org.waymark.assessment.internal.allocation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

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
     * Every (submission, assessor) pair of a round worked out once, as primitive arrays, so that the flows of one
     * proposal build their networks without touching a set, a map or a record: the specialism cost of each pair, or -1
     * where the rules never allow it whatever the places (the pathway, unavailability, a conflict); who may lead; each
     * submission's suggested assessor. A round of 2,000 x 400 has 800,000 pairs; working them out per flow, with
     * string sets and map look-ups, was a third of a proposal's time.
     */
    static final class Pairs {
        final List<Submission> submissions;
        final List<Assessor> assessors;
        final int n;
        final int m;
        /** {@code cost[i * m + j]}: the specialism cost of assessor j on submission i, -1 where never allowed. */
        final int[] cost;
        /** The largest specialism cost of submission i with any assessor, allowed or not (a bound for the tiers). */
        final int[] maxCost;
        final boolean[] mayLead;
        /** Index of submission i's suggested assessor (or a resubmission's previous lead) in the pool, -1 for none. */
        final int[] suggested;
        /** Index of a resubmission's previous second assessor in the pool, -1 for none: preferred like a suggestion. */
        final int[] preferredSecond;

        Pairs(List<Submission> submissions, List<Assessor> assessors) {
            this.submissions = submissions;
            this.assessors = assessors;
            n = submissions.size();
            m = assessors.size();
            Map<UUID, Integer> index = new HashMap<>();
            Map<String, Integer> words = new HashMap<>();
            Map<String, boolean[]> pathways = new HashMap<>();
            mayLead = new boolean[m];
            for (int j = 0; j < m; j++) {
                Assessor a = assessors.get(j);
                index.put(a.id(), j);
                mayLead[j] = a.mayLead();
                a.specialisms().forEach(w -> words.putIfAbsent(w, words.size()));
            }
            submissions.forEach(s -> s.specialisms().forEach(w -> words.putIfAbsent(w, words.size())));
            int width = (words.size() + 63) / 64;
            long[] has = new long[m * width];
            for (int j = 0; j < m; j++) {
                for (String w : assessors.get(j).specialisms()) {
                    int bit = words.get(w);
                    has[j * width + (bit >>> 6)] |= 1L << bit;
                }
            }
            cost = new int[n * m];
            maxCost = new int[n];
            suggested = new int[n];
            preferredSecond = new int[n];
            for (Submission s : submissions) {
                pathways.computeIfAbsent(s.pathway(), p -> {
                    boolean[] may = new boolean[m];
                    for (int j = 0; j < m; j++) {
                        may[j] = assessors.get(j).mayAssess(p) && !assessors.get(j).unavailable();
                    }
                    return may;
                });
            }
            // Each submission's row is independent of the others': worked out on every core (a 2,000 x 400 round is
            // 800,000 pairs), reading only what is fixed above.
            IntStream.range(0, n).parallel().forEach(i -> {
                Submission s = submissions.get(i);
                long[] wants = new long[width];
                for (String w : s.specialisms()) {
                    int bit = words.get(w);
                    wants[bit >>> 6] |= 1L << bit;
                }
                boolean[] eligible = pathways.get(s.pathway());
                int row = i * m;
                int most = 0;
                for (int j = 0; j < m; j++) {
                    int misses = 0;
                    for (int w = 0; w < width; w++) {
                        misses += Long.bitCount(wants[w] & ~has[j * width + w]);
                    }
                    int c = SPECIALISM_MISS * misses;
                    most = Math.max(most, c);
                    cost[row + j] = eligible[j] ? c : -1;
                }
                maxCost[i] = most;
                for (UUID conflicted : s.conflicts().keySet()) {
                    Integer j = index.get(conflicted);
                    if (j != null) {
                        cost[row + j] = -1;
                    }
                }
                // A reassessment after an appeal never goes to the appealed outcome's assessors (AllocationRules).
                for (UUID appealed : s.appealedAssessors()) {
                    Integer j = index.get(appealed);
                    if (j != null) {
                        cost[row + j] = -1;
                    }
                }
                Integer suggestion = s.suggestedAssessor() == null ? null : index.get(s.suggestedAssessor());
                suggested[i] = suggestion == null ? -1 : suggestion;
                Integer second = s.preferredSecond() == null ? null : index.get(s.preferredSecond());
                preferredSecond[i] = second == null ? -1 : second;
            });
        }

        /** The rules' {@link #mayTake}, from the arrays. */
        boolean mayTake(int i, int j, int places) {
            return places > 0 && cost[i * m + j] >= 0;
        }
    }

    /** Per submission of one flow (in the order given), the assessor index in each slot, -1 where it stays empty. */
    record Filled(int[] lead, int[] second) {
        int count() {
            int filled = 0;
            for (int k = 0; k < lead.length; k++) {
                filled += (lead[k] >= 0 ? 1 : 0) + (second[k] >= 0 ? 1 : 0);
            }
            return filled;
        }
    }

    /**
     * @param places places each assessor has left (missing means none)
     * @param loads  load each assessor carries into this solve (their load plus what earlier passes gave them)
     */
    static Slots solve(List<Submission> submissions, List<Assessor> assessors, Map<UUID, Integer> places,
                       Map<UUID, Integer> loads) {
        Pairs pairs = new Pairs(submissions, assessors);
        int[] all = all(submissions.size());
        Network network = build(pairs, all, array(assessors, places), array(assessors, loads));
        return slots(pairs, all, read(pairs, all, network, MinCostFlows.solve(network)));
    }

    /** The network {@link #solve} solves; see {@link AllocationSolver} for its shape and costs. */
    static Network build(List<Submission> submissions, List<Assessor> assessors, Map<UUID, Integer> places,
                         Map<UUID, Integer> loads) {
        return build(new Pairs(submissions, assessors), all(submissions.size()), array(assessors, places),
                array(assessors, loads));
    }

    /** The slots a flow over {@code network} (built from all these submissions) fills. */
    static Slots read(List<Submission> submissions, List<Assessor> assessors, Network network, long[] flow) {
        Pairs pairs = new Pairs(submissions, assessors);
        int[] all = all(submissions.size());
        return slots(pairs, all, read(pairs, all, network, flow));
    }

    /** One flow over the round's submissions {@code open} (indices into {@code pairs}), with these places and loads. */
    static Filled solve(Pairs pairs, int[] open, int[] placesLeft, int[] load) {
        Network network = build(pairs, open, placesLeft, load);
        return read(pairs, open, network, MinCostFlows.solve(network));
    }

    static Network build(Pairs pairs, int[] open, int[] placesLeft, int[] load) {
        int n = open.length;
        int m = pairs.m;
        int sink = 0;
        int firstAssessor = 1 + 3 * n;
        long[] supply = new long[firstAssessor + m];
        supply[sink] = -2L * n;

        int maxSpecialism = 0;
        long eligiblePairs = 0;
        for (int i : open) {
            maxSpecialism = Math.max(maxSpecialism, pairs.maxCost[i]);
            for (int j = 0, row = i * m; j < m; j++) {
                if (placesLeft[j] > 0 && pairs.cost[row + j] >= 0) {
                    eligiblePairs++;
                }
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

        Arcs arcs = new Arcs((int) (4L * n + loadArcs + eligiblePairs));
        for (int k = 0; k < n; k++) {
            int i = open[k];
            int lead = 1 + 3 * k;
            int second = lead + 1;
            int hub = lead + 2;
            supply[lead] = 1;
            supply[second] = 1;
            arcs.add(lead, sink, unfilled * tier + (n - k), UNFILLED, k, -1);
            arcs.add(second, sink, unfilled * tier + (n - k), UNFILLED, k, -1);
            arcs.add(lead, hub, 0, LEAD_TO_HUB, k, -1);
            arcs.add(second, hub, 0, SECOND_TO_HUB, k, -1);
            int row = i * m;
            int suggestion = pairs.suggested[i];
            int previousSecond = pairs.preferredSecond[i];
            for (int j = 0; j < m; j++) {
                int specialism = pairs.cost[row + j];
                if (specialism < 0 || placesLeft[j] <= 0) {
                    continue;
                }
                long cost = specialism + (j == suggestion || j == previousSecond ? 0 : notSuggested);
                // Leads and seconds who may lead go through the hub, one unit each: never twice the same person.
                if (pairs.mayLead[j]) {
                    arcs.add(hub, firstAssessor + j, cost * tier, HUB_TO_ASSESSOR, k, j);
                } else {
                    arcs.add(second, firstAssessor + j, cost * tier, SECOND_TO_ASSESSOR, k, j);
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

    /**
     * The slots a flow fills: {@code flow[a]} is what arc {@code a} carries (0 or 1). Of the two assessors through a
     * submission's hub, the lower-numbered leads when the lead slot is filled.
     */
    static Filled read(Pairs pairs, int[] open, Network network, long[] flow) {
        int n = open.length;
        int[] hubFirst = new int[n];
        int[] hubSecond = new int[n];
        int[] direct = new int[n];
        Arrays.fill(hubFirst, -1);
        Arrays.fill(hubSecond, -1);
        Arrays.fill(direct, -1);
        boolean[] leadFilled = new boolean[n];
        for (int arc = 0; arc < network.arcs(); arc++) {
            if (flow[arc] == 0) {
                continue;
            }
            int k = network.submission()[arc];
            int j = network.assessor()[arc];
            switch (network.kind()[arc]) {
                case HUB_TO_ASSESSOR -> {
                    if (hubFirst[k] < 0) {
                        hubFirst[k] = j;
                    } else if (j < hubFirst[k]) {
                        hubSecond[k] = hubFirst[k];
                        hubFirst[k] = j;
                    } else {
                        hubSecond[k] = j;
                    }
                }
                case SECOND_TO_ASSESSOR -> direct[k] = j;
                case LEAD_TO_HUB -> leadFilled[k] = true;
                default -> {
                }
            }
        }
        int[] lead = new int[n];
        int[] second = new int[n];
        for (int k = 0; k < n; k++) {
            lead[k] = -1;
            second[k] = -1;
            int next = hubFirst[k];
            if (leadFilled[k]) {
                lead[k] = hubFirst[k];
                next = hubSecond[k];
            }
            second[k] = next >= 0 ? next : direct[k];
        }
        return new Filled(lead, second);
    }

    private static Slots slots(Pairs pairs, int[] open, Filled filled) {
        Map<UUID, UUID> leads = new HashMap<>();
        Map<UUID, UUID> seconds = new HashMap<>();
        for (int k = 0; k < open.length; k++) {
            UUID id = pairs.submissions.get(open[k]).id();
            if (filled.lead()[k] >= 0) {
                leads.put(id, pairs.assessors.get(filled.lead()[k]).id());
            }
            if (filled.second()[k] >= 0) {
                seconds.put(id, pairs.assessors.get(filled.second()[k]).id());
            }
        }
        return new Slots(leads, seconds);
    }

    private static int[] all(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, k -> k);
        return all;
    }

    private static int[] array(List<Assessor> assessors, Map<UUID, Integer> values) {
        int[] array = new int[assessors.size()];
        for (int j = 0; j < array.length; j++) {
            array[j] = values.getOrDefault(assessors.get(j).id(), 0);
        }
        return array;
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
