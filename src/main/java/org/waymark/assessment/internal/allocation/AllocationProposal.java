package org.waymark.assessment.internal.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the solver proposes for a round, for the administrator to look at, change and confirm: a lead and a second
 * for every submission it could allocate, and for the rest the reasons, in words an administrator can act on.
 *
 * @param pairs       the allocated submissions, in the order of the problem
 * @param unallocated the submissions left without assessors, each with its reason
 * @param shortfalls  the reasons grouped: one line per pathway short of leads, per submission every free assessor
 *                    conflicts with, and so on; what to fix first
 * @param notes       things worth knowing that stop nothing, such as a suggested assessor who could not be honoured
 */
public record AllocationProposal(List<Pair> pairs, List<Unallocated> unallocated, List<Shortfall> shortfalls,
                                 List<Note> notes) {

    public AllocationProposal {
        pairs = List.copyOf(pairs);
        unallocated = List.copyOf(unallocated);
        shortfalls = List.copyOf(shortfalls);
        notes = List.copyOf(notes);
    }

    /**
     * A submission's two assessors. Either may be null only while an administrator is building one by hand (after a
     * swap on a submission the solver left unallocated); the solver itself always proposes both.
     */
    public record Pair(UUID submission, UUID lead, UUID second) {
        public UUID in(Swap.Role role) {
            return role == Swap.Role.LEAD ? lead : second;
        }

        Pair with(Swap.Role role, UUID assessor) {
            return role == Swap.Role.LEAD ? new Pair(submission, assessor, second) : new Pair(submission, lead, assessor);
        }

        boolean has(UUID assessor) {
            return assessor.equals(lead) || assessor.equals(second);
        }
    }

    public record Unallocated(UUID submission, String reason) {
    }

    public record Shortfall(Kind kind, String pathway, List<UUID> submissions, String message) {
        public Shortfall {
            submissions = List.copyOf(submissions);
        }
    }

    /** What stands in the way, from the widest cause to the narrowest. */
    public enum Kind {
        /** The pool as a whole declared fewer places than two per submission. */
        CAPACITY,
        /** Nobody in the pool may assess the pathway. */
        NO_ASSESSOR,
        /** Everyone who may assess the pathway is unavailable during the assessment window. */
        UNAVAILABLE,
        /** Too few who may lead the pathway, or their places are taken. */
        LEADS,
        /** Those who may assess the pathway have too few places for its submissions. */
        PLACES,
        /** One submission: the free assessors who could take it conflict with it. */
        CONFLICTS
    }

    public record Note(UUID submission, String message) {
    }

    public Optional<Pair> pair(UUID submission) {
        return pairs.stream().filter(p -> p.submission().equals(submission)).findFirst();
    }

    public boolean isComplete() {
        return unallocated.isEmpty();
    }

    /** The proposal with the administrator's change made; {@link AllocationSolver#check} says what it breaks. */
    public AllocationProposal with(Swap swap) {
        List<Pair> changed = new ArrayList<>(pairs);
        Optional<Pair> current = pair(swap.submission());
        if (current.isPresent()) {
            changed.set(changed.indexOf(current.get()), current.get().with(swap.role(), swap.assessor()));
        } else {
            changed.add(new Pair(swap.submission(), null, null).with(swap.role(), swap.assessor()));
        }
        List<Unallocated> left = unallocated.stream().filter(u -> !u.submission().equals(swap.submission())).toList();
        return new AllocationProposal(changed, left, shortfalls, notes);
    }

    /** How many places of this round the proposal gives the assessor. */
    public int placesOf(UUID assessor) {
        return (int) pairs.stream().filter(p -> p.has(assessor)).count();
    }
}
