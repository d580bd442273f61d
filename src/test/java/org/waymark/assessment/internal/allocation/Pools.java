package org.waymark.assessment.internal.allocation;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;

/** Builders for allocation tests: people and submissions by name, ids derived from the names. */
final class Pools {

    static final Set<String> CMALT_HOLDER = Set.of("associate", "cmalt");
    static final Set<String> SENIOR_HOLDER = Set.of("associate", "cmalt", "senior");
    static final Map<String, String> PATHWAY_NAMES = Map.of("associate", "Associate CMALT", "cmalt", "CMALT",
            "senior", "Senior CMALT");

    private Pools() {
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static Assessor lead(String name, Set<String> pathways, int capacity) {
        return new Assessor(id(name), name, pathways, true, capacity, false, Set.of(), 0);
    }

    static Assessor newcomer(String name, Set<String> pathways, int capacity) {
        return new Assessor(id(name), name, pathways, false, capacity, false, Set.of(), 0);
    }

    static Assessor withSpecialisms(Assessor a, String... specialisms) {
        return new Assessor(a.id(), a.name(), a.pathways(), a.mayLead(), a.capacity(), a.unavailable(), Set.of(specialisms), a.load());
    }

    static Assessor withLoad(Assessor a, int load) {
        return new Assessor(a.id(), a.name(), a.pathways(), a.mayLead(), a.capacity(), a.unavailable(), a.specialisms(), load);
    }

    static Assessor unavailable(Assessor a) {
        return new Assessor(a.id(), a.name(), a.pathways(), a.mayLead(), a.capacity(), true, a.specialisms(), a.load());
    }

    static Submission submission(String label, String pathway) {
        return new Submission(id(label), label, pathway, Set.of(), null, Map.of());
    }

    static Submission wanting(Submission s, String... specialisms) {
        return new Submission(s.id(), s.label(), s.pathway(), Set.of(specialisms), s.suggestedAssessor(), s.conflicts());
    }

    static Submission suggesting(Submission s, Assessor suggested) {
        return new Submission(s.id(), s.label(), s.pathway(), s.specialisms(), suggested.id(), s.conflicts());
    }

    static Submission conflicting(Submission s, Map<Assessor, String> conflicts) {
        Map<UUID, String> byId = new java.util.HashMap<>(s.conflicts());
        conflicts.forEach((a, why) -> byId.put(a.id(), why));
        return new Submission(s.id(), s.label(), s.pathway(), s.specialisms(), s.suggestedAssessor(), byId);
    }

    /** A resubmission: its previous lead preferred (as the suggestion is) and its previous second. */
    static Submission resubmitted(Submission s, Assessor previousLead, Assessor previousSecond) {
        return new Submission(s.id(), s.label(), s.pathway(), s.specialisms(), previousLead.id(), s.conflicts(),
                previousSecond.id(), s.appealedAssessors());
    }

    /** A reassessment after an appeal against the outcome these assessors gave. */
    static Submission reassessedAfterAppeal(Submission s, Assessor... appealed) {
        return new Submission(s.id(), s.label(), s.pathway(), s.specialisms(), s.suggestedAssessor(), s.conflicts(),
                s.preferredSecond(), java.util.Arrays.stream(appealed).map(Assessor::id).collect(java.util.stream.Collectors.toSet()));
    }
}
