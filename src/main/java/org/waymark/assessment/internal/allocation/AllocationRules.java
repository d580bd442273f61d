package org.waymark.assessment.internal.allocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;
import org.waymark.assessment.internal.allocation.AllocationProposal.Pair;
import org.waymark.assessment.internal.allocation.Swap.Role;

/** The rules an allocation keeps, as messages for the administrator; the solver's network builds no arc that breaks one. */
final class AllocationRules {

    private AllocationRules() {
    }

    static List<String> check(AllocationProblem problem, AllocationProposal proposal, Swap swap) {
        Optional<Submission> submission = problem.submission(swap.submission());
        Optional<Assessor> assessor = problem.assessor(swap.assessor());
        if (submission.isEmpty()) {
            return List.of("This submission is not part of the round being allocated");
        }
        if (assessor.isEmpty()) {
            return List.of("This person is not in the assessor pool");
        }
        AllocationProposal changed = proposal.with(swap);
        Pair pair = changed.pair(swap.submission()).orElseThrow();
        List<String> broken = new ArrayList<>(inRole(problem, submission.get(), swap.role(), assessor.get()));
        if (swap.assessor().equals(pair.in(swap.role().other()))) {
            broken.add(bothRoles(assessor.get(), submission.get(), swap.role().other()));
        }
        overCapacity(changed, assessor.get()).ifPresent(broken::add);
        return broken;
    }

    static List<String> violations(AllocationProblem problem, AllocationProposal proposal) {
        Set<String> broken = new LinkedHashSet<>();
        Set<UUID> involved = new LinkedHashSet<>();
        for (Pair pair : proposal.pairs()) {
            Optional<Submission> found = problem.submission(pair.submission());
            if (found.isEmpty()) {
                broken.add("A proposed submission is not part of the round being allocated");
                continue;
            }
            Submission submission = found.get();
            for (Role role : Role.values()) {
                UUID id = pair.in(role);
                if (id == null) {
                    broken.add(submission.label() + " has no " + role + " assessor yet");
                    continue;
                }
                involved.add(id);
                problem.assessor(id).ifPresentOrElse(
                        a -> broken.addAll(inRole(problem, submission, role, a)),
                        () -> broken.add("The " + role + " proposed for " + submission.label() + " is not in the assessor pool"));
            }
            if (pair.lead() != null && pair.lead().equals(pair.second())) {
                problem.assessor(pair.lead()).ifPresent(a -> broken.add(bothRoles(a, submission, Role.LEAD)));
            }
        }
        for (UUID id : involved) {
            problem.assessor(id).flatMap(a -> overCapacity(proposal, a)).ifPresent(broken::add);
        }
        return List.copyOf(broken);
    }

    private static List<String> inRole(AllocationProblem problem, Submission submission, Role role, Assessor assessor) {
        List<String> broken = new ArrayList<>();
        if (!assessor.mayAssess(submission.pathway())) {
            broken.add(assessor.name() + " may not assess " + problem.pathwayName(submission.pathway()) + " portfolios");
        }
        if (assessor.unavailable()) {
            broken.add(assessor.name() + " is unavailable during the assessment window");
        }
        if (submission.conflictsWith(assessor.id())) {
            broken.add(assessor.name() + " has a conflict with " + submission.label() + ": "
                    + submission.conflicts().get(assessor.id()));
        }
        if (submission.assessedAppealedOutcome(assessor.id())) {
            broken.add(appealed(assessor, submission));
        }
        if (role == Role.LEAD && !assessor.mayLead()) {
            broken.add(assessor.name() + " may not lead yet: an assessor leads after serving three times as second");
        }
        return broken;
    }

    /** A reassessment after an appeal is made by new assessors: neither of those whose outcome was appealed. */
    static String appealed(Assessor assessor, Submission submission) {
        return assessor.name() + " assessed the outcome of " + submission.label()
                + " that was appealed: a reassessment after an appeal needs new assessors";
    }

    private static String bothRoles(Assessor assessor, Submission submission, Role already) {
        return assessor.name() + " is already the " + already + " on " + submission.label()
                + ": a submission needs two different assessors";
    }

    private static Optional<String> overCapacity(AllocationProposal proposal, Assessor assessor) {
        int taken = proposal.placesOf(assessor.id());
        if (assessor.unavailable() || taken <= assessor.capacity()) {
            return Optional.empty();
        }
        return Optional.of(assessor.name() + " would have " + taken + " assessments this round; their capacity is "
                + assessor.capacity());
    }
}
