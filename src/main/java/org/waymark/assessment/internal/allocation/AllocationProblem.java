package org.waymark.assessment.internal.allocation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the allocation of one round starts from, already worked out by the caller: the accepted submissions with
 * their conflicts, and the assessor pool with who may assess which pathway, who may lead, who is unavailable during
 * the assessment window and how many places each has left this round. Nothing here reads a database.
 *
 * @param submissions  the submissions to allocate
 * @param assessors    the pool
 * @param pathwayNames pathway key to the name shown to administrators ("senior" to "Senior CMALT"); a key missing
 *                     here is shown as it is
 */
public record AllocationProblem(List<Submission> submissions, List<Assessor> assessors, Map<String, String> pathwayNames) {

    public AllocationProblem {
        submissions = List.copyOf(submissions);
        assessors = List.copyOf(assessors);
        pathwayNames = Map.copyOf(pathwayNames);
        requireUnique(submissions.stream().map(Submission::id).toList(), "submission");
        requireUnique(assessors.stream().map(Assessor::id).toList(), "assessor");
    }

    public AllocationProblem(List<Submission> submissions, List<Assessor> assessors) {
        this(submissions, assessors, Map.of());
    }

    /**
     * A submission waiting for its two assessors.
     *
     * @param id               the submission
     * @param label            how administrators know it (its reference, or the candidate's name)
     * @param pathway          the pathway key
     * @param specialisms      what the portfolio is about; an assessor sharing them is preferred
     * @param suggestedAssessor the assessor the candidate suggested, or null; honoured when eligible, free and without
     *                          conflict
     * @param conflicts        assessors who may not assess it, each with the reason shown to administrators
     *                         ("same institution", "line manager", "declared")
     * @param preferredSecond  a resubmission's previous second assessor, or null: preferred (as second) like the
     *                         suggested assessor, when eligible, free and without conflict
     * @param appealedAssessors on a reassessment after an appeal, the assessors of the appealed outcome: never
     *                          allocated to it again
     */
    public record Submission(UUID id, String label, String pathway, Set<String> specialisms, UUID suggestedAssessor,
                             Map<UUID, String> conflicts, UUID preferredSecond, Set<UUID> appealedAssessors) {
        public Submission {
            if (id == null || pathway == null) {
                throw new IllegalArgumentException("A submission needs an id and a pathway");
            }
            label = label == null || label.isBlank() ? id.toString() : label;
            specialisms = normalised(specialisms);
            conflicts = conflicts == null ? Map.of() : Map.copyOf(conflicts);
            appealedAssessors = appealedAssessors == null ? Set.of() : Set.copyOf(appealedAssessors);
        }

        /** A submission with no preferred second and no appeal behind it. */
        public Submission(UUID id, String label, String pathway, Set<String> specialisms, UUID suggestedAssessor,
                          Map<UUID, String> conflicts) {
            this(id, label, pathway, specialisms, suggestedAssessor, conflicts, null, Set.of());
        }

        public boolean conflictsWith(UUID assessor) {
            return conflicts.containsKey(assessor);
        }

        /** Whether this assessor assessed the appealed outcome this submission is reassessed after. */
        public boolean assessedAppealedOutcome(UUID assessor) {
            return appealedAssessors.contains(assessor);
        }

        /** Whether this assessor is one the submission prefers: the candidate's suggestion (or previous lead), or the previous second. */
        public boolean prefers(UUID assessor) {
            return assessor.equals(suggestedAssessor) || assessor.equals(preferredSecond);
        }
    }

    /**
     * An assessor in the pool, as this round sees them.
     *
     * @param pathways    the pathways their own award lets them assess
     * @param mayLead     whether they have served as second three times
     * @param capacity    how many more assessments (either role) they take this round
     * @param unavailable whether their unavailable dates cover the assessment window
     * @param load        assessments they already have in hand, so that the busy are given less
     */
    public record Assessor(UUID id, String name, Set<String> pathways, boolean mayLead, int capacity, boolean unavailable,
                           Set<String> specialisms, int load) {
        public Assessor {
            if (id == null) {
                throw new IllegalArgumentException("An assessor needs an id");
            }
            if (capacity < 0 || load < 0) {
                throw new IllegalArgumentException("Capacity and load are never negative");
            }
            name = name == null || name.isBlank() ? id.toString() : name;
            pathways = pathways == null ? Set.of() : Set.copyOf(pathways);
            specialisms = normalised(specialisms);
        }

        public boolean mayAssess(String pathway) {
            return pathways.contains(pathway);
        }

        /** Places they can take this round: none while unavailable. */
        public int places() {
            return unavailable ? 0 : capacity;
        }
    }

    public String pathwayName(String key) {
        return pathwayNames.getOrDefault(key, key);
    }

    public Optional<Assessor> assessor(UUID id) {
        return assessors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Submission> submission(UUID id) {
        return submissions.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    Map<UUID, Assessor> assessorsById() {
        return assessors.stream().collect(Collectors.toMap(Assessor::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Set<String> normalised(Set<String> words) {
        if (words == null) {
            return Set.of();
        }
        return words.stream().filter(w -> w != null && !w.isBlank()).map(w -> w.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void requireUnique(List<UUID> ids, String what) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new IllegalArgumentException("The same " + what + " appears twice");
        }
    }
}
