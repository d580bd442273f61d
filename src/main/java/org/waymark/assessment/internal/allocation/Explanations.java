package org.waymark.assessment.internal.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;
import org.waymark.assessment.internal.allocation.AllocationProposal.Kind;
import org.waymark.assessment.internal.allocation.AllocationProposal.Note;
import org.waymark.assessment.internal.allocation.AllocationProposal.Pair;
import org.waymark.assessment.internal.allocation.AllocationProposal.Shortfall;
import org.waymark.assessment.internal.allocation.AllocationProposal.Unallocated;

/**
 * Why a submission was left without assessors, in terms an administrator can act on. Each one left is put under
 * the widest cause that holds for it: nobody may assess its pathway; all who may are unavailable; none of them may
 * lead; the free assessors conflict with it; or, when it could have been allocated on its own, the places (of leads,
 * or of anyone) went to other submissions. The last holds because the solver's final pass would otherwise have
 * allocated it: a submission left with a free lead and another free person, neither in conflict, is impossible.
 */
final class Explanations {

    static final int NAMES_SHOWN = 5;

    private Explanations() {
    }

    private record Key(Kind kind, String pathway) {
    }

    static AllocationProposal explain(AllocationProblem problem, List<Pair> pairs, List<Submission> open,
                                      Map<UUID, Integer> placesLeft) {
        List<Shortfall> shortfalls = new ArrayList<>();
        int needed = 2 * problem.submissions().size();
        int declared = problem.assessors().stream().mapToInt(Assessor::places).sum();
        if (needed > declared) {
            shortfalls.add(new Shortfall(Kind.CAPACITY, null, open.stream().map(Submission::id).toList(),
                    "Not enough capacity: " + needed + " places needed for " + plural(problem.submissions().size(), "submission")
                            + ", " + declared + " declared by assessors available this round"));
        }

        Map<UUID, String> reasons = new LinkedHashMap<>();
        Map<Key, List<Submission>> groups = new LinkedHashMap<>();
        // Who may assess a pathway, and who of them has places, once per pathway rather than once per submission.
        Map<String, List<Assessor>> eligibleFor = new HashMap<>();
        Map<String, List<Assessor>> freeFor = new HashMap<>();
        for (Submission s : open) {
            List<Assessor> eligible = eligibleFor.computeIfAbsent(s.pathway(),
                    p -> problem.assessors().stream().filter(a -> a.mayAssess(p)).toList());
            List<Assessor> free = freeFor.computeIfAbsent(s.pathway(),
                    p -> eligible.stream().filter(a -> a.places() > 0).toList());
            Kind kind;
            if (eligible.isEmpty()) {
                kind = Kind.NO_ASSESSOR;
            } else if (eligible.stream().allMatch(Assessor::unavailable)) {
                kind = Kind.UNAVAILABLE;
            } else if (free.isEmpty()) {
                kind = Kind.PLACES;
            } else if (free.stream().noneMatch(Assessor::mayLead)) {
                kind = Kind.LEADS;
            } else {
                int clear = 0;
                boolean clearLead = false;
                boolean leadLeft = false;
                for (Assessor a : free) {
                    if (!barred(s, a)) {
                        clear++;
                        clearLead |= a.mayLead();
                        leadLeft |= a.mayLead() && placesLeft.getOrDefault(a.id(), 0) > 0;
                    }
                }
                if (clear < 2 || !clearLead) {
                    String reason = conflicts(problem, s, free, free.stream().filter(a -> !barred(s, a)).toList());
                    reasons.put(s.id(), reason);
                    shortfalls.add(new Shortfall(Kind.CONFLICTS, s.pathway(), List.of(s.id()), reason));
                    continue;
                }
                kind = leadLeft ? Kind.PLACES : Kind.LEADS;
            }
            groups.computeIfAbsent(new Key(kind, s.pathway()), k -> new ArrayList<>()).add(s);
        }
        groups.forEach((key, submissions) -> {
            String message = grouped(problem, key, submissions, placesLeft);
            submissions.forEach(s -> reasons.put(s.id(), message));
            shortfalls.add(new Shortfall(key.kind(), key.pathway(), submissions.stream().map(Submission::id).toList(), message));
        });
        shortfalls.sort(Comparator.comparing(Shortfall::kind));

        List<Unallocated> unallocated = open.stream().map(s -> new Unallocated(s.id(), reasons.get(s.id()))).toList();
        return new AllocationProposal(pairs, unallocated, shortfalls, suggestionNotes(problem, pairs));
    }

    private static String grouped(AllocationProblem problem, Key key, List<Submission> submissions, Map<UUID, Integer> placesLeft) {
        String pathway = problem.pathwayName(key.pathway());
        String which = plural(submissions.size(), pathway + " submission") + " (" + labels(submissions) + ")";
        List<Assessor> available = problem.assessors().stream()
                .filter(a -> a.mayAssess(key.pathway()) && !a.unavailable()).toList();
        return switch (key.kind()) {
            case NO_ASSESSOR -> "No assessor in the pool may assess " + pathway + ": " + which
                    + " cannot be allocated. Add assessors who may assess " + pathway + ".";
            case UNAVAILABLE -> "Everyone who may assess " + pathway + " is unavailable during the assessment window ("
                    + names(problem.assessors().stream().filter(a -> a.mayAssess(key.pathway())).toList()) + "): " + which
                    + " cannot be allocated.";
            case LEADS -> {
                List<Assessor> leads = available.stream().filter(Assessor::mayLead).toList();
                int capacity = leads.stream().mapToInt(Assessor::places).sum();
                int left = leads.stream().mapToInt(a -> placesLeft.getOrDefault(a.id(), 0)).sum();
                String pool = leads.isEmpty()
                        ? "no available assessor who may assess " + pathway + " may lead yet"
                        : plural(leads.size(), "assessor") + " who may assess " + pathway
                                + (leads.size() == 1 ? " may lead and has" : " may lead and have") + " capacity for "
                                + capacity + " more this round (" + names(leads) + "); "
                                + (left == 0 ? "all are taken"
                                        : "all but " + left + " are taken, and " + (left == 1 ? "that one is" : "those are")
                                                + " with leads who conflict with them");
                yield "No eligible lead for " + which + ": " + pool
                        + ". Raise a lead's capacity, or add an assessor who has served three times as second.";
            }
            case PLACES -> {
                int declared = available.stream().mapToInt(Assessor::places).sum();
                int left = available.stream().mapToInt(a -> placesLeft.getOrDefault(a.id(), 0)).sum();
                yield "Not enough places for " + which + ": the " + plural(available.size(), "available assessor")
                        + " who may assess " + pathway + " declared " + plural(declared, "place") + " this round, "
                        + (left == 0 ? "all taken" : left + " left but not two different people without a conflict")
                        + ". Raise their capacity or add assessors.";
            }
            case CAPACITY, CONFLICTS -> throw new IllegalStateException("Not a grouped shortfall: " + key.kind());
        };
    }

    private static String conflicts(AllocationProblem problem, Submission s, List<Assessor> free, List<Assessor> clear) {
        String pathway = problem.pathwayName(s.pathway());
        String conflicted = free.stream().filter(a -> barred(s, a))
                .map(a -> a.name() + ": " + (s.conflictsWith(a.id()) ? s.conflicts().get(a.id()) : "assessed the appealed outcome"))
                .collect(Collectors.joining("; "));
        if (clear.isEmpty()) {
            return s.label() + ": every free assessor who may assess " + pathway + " conflicts with it (" + conflicted + ")";
        }
        if (clear.size() == 1) {
            return s.label() + ": only " + clear.getFirst().name() + " is free to assess it without a conflict, and it needs two ("
                    + conflicted + ")";
        }
        return s.label() + ": every free assessor who may lead " + pathway + " submissions conflicts with it (" + conflicted
                + "); " + names(clear) + (clear.size() == 1 ? " has" : " have") + " no conflict but may not lead yet";
    }

    /** In conflict, or an assessor of the appealed outcome a reassessment follows: either way not for this submission. */
    private static boolean barred(Submission s, Assessor a) {
        return s.conflictsWith(a.id()) || s.assessedAppealedOutcome(a.id());
    }

    private static List<Note> suggestionNotes(AllocationProblem problem, List<Pair> pairs) {
        Map<UUID, Pair> bySubmission = pairs.stream().collect(Collectors.toMap(Pair::submission, p -> p));
        List<Note> notes = new ArrayList<>();
        for (Submission s : problem.submissions()) {
            UUID suggested = s.suggestedAssessor();
            Pair pair = bySubmission.get(s.id());
            if (suggested == null || (pair != null && pair.has(suggested))) {
                continue;
            }
            String why = problem.assessor(suggested).map(a -> whyNot(problem, s, a, pair != null))
                    .orElse(" is not in the assessor pool");
            if (!why.isEmpty()) {
                notes.add(new Note(s.id(), s.label() + ": the suggested assessor" + why));
            }
        }
        return notes;
    }

    /** Empty when there is nothing to add: the submission is unallocated and explained already. */
    private static String whyNot(AllocationProblem problem, Submission s, Assessor a, boolean allocated) {
        if (!a.mayAssess(s.pathway())) {
            return ", " + a.name() + ", may not assess " + problem.pathwayName(s.pathway()) + " portfolios";
        } else if (a.unavailable()) {
            return ", " + a.name() + ", is unavailable during the assessment window";
        } else if (s.conflictsWith(a.id())) {
            return ", " + a.name() + ", has a conflict with it (" + s.conflicts().get(a.id()) + ")";
        } else if (a.places() == 0) {
            return ", " + a.name() + ", has no places this round";
        } else if (!allocated) {
            return "";
        }
        return ", " + a.name() + ", was not allocated: their " + plural(a.places(), "place")
                + " went to submissions that could not be allocated otherwise, or that also suggested them";
    }

    private static String labels(List<Submission> submissions) {
        String shown = submissions.stream().limit(NAMES_SHOWN).map(Submission::label).collect(Collectors.joining(", "));
        return submissions.size() > NAMES_SHOWN ? shown + " and " + (submissions.size() - NAMES_SHOWN) + " more" : shown;
    }

    /** Up to five names; a long list says how many more rather than burying the message. */
    private static String names(List<Assessor> assessors) {
        String shown = assessors.stream().limit(NAMES_SHOWN).map(Assessor::name).collect(Collectors.joining(", "));
        return assessors.size() > NAMES_SHOWN ? shown + " and " + (assessors.size() - NAMES_SHOWN) + " more" : shown;
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
