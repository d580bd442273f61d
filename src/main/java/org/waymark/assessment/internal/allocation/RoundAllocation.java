package org.waymark.assessment.internal.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.assessment.AssessorProfile;
import org.waymark.assessment.CandidateFacts;
import org.waymark.assessment.ConflictsOfInterest;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.portfolio.PortfolioSnapshot;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.RoundSummary;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * A round's allocation as the administrator sees it: the assessments already confirmed (who holds each place, who
 * declined, and for an open place a proposed replacement), and for the accepted submissions not yet allocated the
 * solver's proposal, made with the places the confirmed assessments leave. The problem is built here from the other
 * modules' facts (each candidate's account and the line manager they named, the assessor they suggested, every
 * assessor's profile and declared conflicts, the pool as the round sees it).
 */
@Service
public class RoundAllocation {

    private final Submitting submitting;
    private final RoundPool pools;
    private final People people;
    private final AllocationSolver solver;
    private final AssessmentStore store;
    private final Portfolios portfolios;

    RoundAllocation(Submitting submitting, RoundPool pools, People people, AllocationSolver solver, AssessmentStore store,
                    Portfolios portfolios) {
        this.submitting = submitting;
        this.pools = pools;
        this.people = people;
        this.solver = solver;
        this.store = store;
        this.portfolios = portfolios;
    }

    /**
     * A confirmed assessment: its places, current and past, the current one of each role, and for each role without
     * one the proposed replacement.
     */
    public record Confirmed(Assessment assessment, SubmissionSummary submission, List<Place> places,
                            Map<Swap.Role, Place> current, Map<Swap.Role, Replacement> open) {

        /** Everyone who holds or held a place on it: never proposed again for it. */
        Set<UUID> everyone() {
            return places.stream().map(Place::assessorId).collect(Collectors.toSet());
        }
    }

    /**
     * Who is proposed for an open place (null when nobody fits, with the reason), and the place that was left open
     * (declined or replaced), if any.
     */
    public record Replacement(UUID proposed, String reason, Place left) {
    }

    /**
     * @param accepted       the round's submissions accepted for assessment, in the order they arrived
     * @param open           those of them not allocated yet
     * @param candidateNames each submission's candidate, by submission (administrators only)
     * @param pathwayNames   each submission's pathway name, by submission
     * @param assessorNames  every assessor in the pool, by id
     * @param problem        the open submissions, with the places the confirmed assessments leave
     * @param proposal       the solver's proposal for them
     * @param whole          every accepted submission, with each assessor's full capacity: what a change to a
     *                       confirmed assessment is checked against
     * @param held           the current places of the confirmed assessments, as pairs (a role may be null: open)
     * @param reassessments  the open submissions that are to be reassessed by new assessors after an appeal
     */
    public record View(RoundSummary round, List<SubmissionSummary> accepted, List<SubmissionSummary> open,
                       Map<UUID, String> candidateNames, Map<UUID, String> pathwayNames, Map<UUID, String> assessorNames,
                       List<Confirmed> confirmed, AllocationProblem problem, AllocationProposal proposal,
                       AllocationProblem whole, AllocationProposal held, Set<UUID> reassessments) {

        /** Whether this open submission is to be reassessed by new assessors after an appeal. */
        public boolean reassessment(UUID submission) {
            return reassessments.contains(submission);
        }

        public Optional<Confirmed> confirmed(UUID assessmentId) {
            return confirmed.stream().filter(c -> c.assessment().id().equals(assessmentId)).findFirst();
        }

        /** The pool, by name, for the administrator's choices. */
        public List<AllocationProblem.Assessor> pool() {
            return whole.assessors().stream()
                    .sorted(Comparator.comparing((AllocationProblem.Assessor a) -> a.name().toLowerCase(Locale.ROOT)))
                    .toList();
        }

        /** How many places of this round the assessor holds or is proposed for (confirmed and proposed). */
        public int placesTaken(UUID assessor) {
            return held.placesOf(assessor) + proposal.placesOf(assessor);
        }
    }

    public Optional<View> view(UUID roundId) {
        return submitting.roundSummary(roundId).map(this::view);
    }

    private View view(RoundSummary round) {
        RoundPool.Pool pool = pools.of(round.assessmentStartsAt(), round.assessmentEndsAt());
        List<SubmissionSummary> accepted = new ArrayList<>(submitting.acceptedIn(round.id()));
        // The latest assessment of each submission (a reassessment after an appeal follows the appealed one).
        Map<UUID, Assessment> bySubmission = store.inRound(round.id()).stream()
                .collect(Collectors.toMap(Assessment::submissionId, Function.identity(), (a, b) -> b, LinkedHashMap::new));
        // Submissions to be reassessed after an appeal are allocated in their round like accepted ones: open while the
        // appealed assessment is still their latest, confirmed while the reassessment is under way; never to the
        // assessors of the appealed outcome.
        Map<UUID, Set<UUID>> appealedAssessors = new LinkedHashMap<>();
        Set<UUID> awaitingReassessment = new java.util.LinkedHashSet<>();
        for (AssessmentStore.Reassessment r : store.reassessments(round.id())) {
            Assessment latest = bySubmission.get(r.submissionId());
            SubmissionSummary submission = submitting.find(r.submissionId()).orElse(null);
            if (latest == null || submission == null) {
                continue;
            }
            appealedAssessors.put(r.submissionId(), store.places(r.appealedAssessmentId()).stream().filter(Place::current)
                    .map(Place::assessorId).collect(Collectors.toSet()));
            if (latest.id().equals(r.appealedAssessmentId())) {
                bySubmission.remove(r.submissionId());
                awaitingReassessment.add(r.submissionId());
                accepted.add(submission);
            } else if (latest.status() != Assessment.Status.RELEASED) {
                accepted.add(submission);
            }
        }
        Map<UUID, List<Place>> places = store.placesInRound(round.id()).stream()
                .collect(Collectors.groupingBy(Place::assessmentId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, PersonSummary> candidates = new LinkedHashMap<>();
        accepted.forEach(s -> people.find(s.candidateId()).ifPresent(p -> candidates.put(s.id(), p)));

        List<AllocationProblem.Submission> all = accepted.stream().map(s -> new AllocationProblem.Submission(
                s.id(), s.reference(), s.pathwayKey(), Set.of(), suggested(pool.profiles(), s),
                conflicts(pool.profiles(), candidates.get(s.id()), s), previous(pool.profiles(), s, Place.Role.SECOND),
                appealedAssessors.getOrDefault(s.id(), Set.of()))).toList();
        AllocationProblem whole = new AllocationProblem(all, pool.assessors(), pool.pathwayNames());

        // The confirmed assessments of accepted submissions, as pairs: their places count against capacity.
        List<AllocationProposal.Pair> pairs = new ArrayList<>();
        List<Confirmed> confirmed = new ArrayList<>();
        Map<UUID, SubmissionSummary> acceptedById = accepted.stream()
                .collect(Collectors.toMap(SubmissionSummary::id, Function.identity()));
        for (Assessment a : bySubmission.values()) {
            List<Place> its = places.getOrDefault(a.id(), List.of());
            Map<Swap.Role, Place> current = new EnumMap<>(Swap.Role.class);
            its.stream().filter(Place::current).forEach(p -> current.put(role(p.role()), p));
            SubmissionSummary submission = acceptedById.get(a.submissionId());
            if (submission == null) {
                submission = submitting.find(a.submissionId()).orElse(null);
            } else {
                pairs.add(new AllocationProposal.Pair(a.submissionId(), id(current.get(Swap.Role.LEAD)),
                        id(current.get(Swap.Role.SECOND))));
            }
            confirmed.add(new Confirmed(a, submission, its, current, Map.of()));
        }
        AllocationProposal held = new AllocationProposal(pairs, List.of(), List.of(), List.of());
        List<Confirmed> withReplacements = confirmed.stream().map(c -> {
            Map<Swap.Role, Replacement> open = new EnumMap<>(Swap.Role.class);
            if (c.assessment().status() == Assessment.Status.IN_REVIEW && acceptedById.containsKey(c.assessment().submissionId())) {
                for (Swap.Role role : Swap.Role.values()) {
                    if (!c.current().containsKey(role)) {
                        open.put(role, replacement(whole, held, c, role));
                    }
                }
            }
            return new Confirmed(c.assessment(), c.submission(), c.places(), c.current(), open);
        }).toList();

        // The rest, with the places the confirmed ones leave.
        List<SubmissionSummary> open = accepted.stream().filter(s -> !bySubmission.containsKey(s.id())).toList();
        Set<UUID> openIds = open.stream().map(SubmissionSummary::id).collect(Collectors.toSet());
        List<AllocationProblem.Assessor> left = pool.assessors().stream().map(a -> {
            int taken = held.placesOf(a.id());
            return new AllocationProblem.Assessor(a.id(), a.name(), a.pathways(), a.mayLead(),
                    Math.max(0, a.capacity() - taken), a.unavailable(), a.specialisms(), taken);
        }).toList();
        AllocationProblem problem = new AllocationProblem(all.stream().filter(s -> openIds.contains(s.id())).toList(), left,
                pool.pathwayNames());
        AllocationProposal proposal = previousRoles(problem, solver.propose(problem));

        Map<UUID, String> candidateNames = new LinkedHashMap<>();
        candidates.forEach((submission, person) -> candidateNames.put(submission, person.name()));
        Map<UUID, String> pathwayNames = new LinkedHashMap<>();
        accepted.forEach(s -> pathwayNames.put(s.id(), pool.pathwayNames().getOrDefault(s.pathwayKey(), s.pathwayKey())));
        withReplacements.stream().filter(c -> c.submission() != null).forEach(c -> pathwayNames.putIfAbsent(c.submission().id(),
                pool.pathwayNames().getOrDefault(c.submission().pathwayKey(), c.submission().pathwayKey())));
        Map<UUID, String> assessorNames = pool.profiles().stream()
                .collect(Collectors.toMap(AssessorProfile::personId, AssessorProfile::name));
        return new View(round, accepted, open, candidateNames, pathwayNames, assessorNames, withReplacements, problem,
                proposal, whole, held, awaitingReassessment);
    }

    /**
     * The best person for one open place: someone the rules allow in that role (eligible, available, a place left
     * this round, no conflict, not the other assessor on it) who has not held a place on it before; the candidate's
     * suggested assessor first, then whoever has the fewest places this round.
     */
    private Replacement replacement(AllocationProblem whole, AllocationProposal held, Confirmed c, Swap.Role role) {
        UUID submission = c.assessment().submissionId();
        Place left = c.places().stream().filter(p -> role(p.role()) == role && !p.current()).reduce((a, b) -> b).orElse(null);
        UUID suggested = whole.submission(submission).map(AllocationProblem.Submission::suggestedAssessor).orElse(null);
        Set<UUID> before = c.everyone();
        Optional<AllocationProblem.Assessor> best = whole.assessors().stream()
                .filter(a -> !before.contains(a.id()))
                .filter(a -> solver.check(whole, held, new Swap(submission, role, a.id())).isEmpty())
                .min(Comparator.comparing((AllocationProblem.Assessor a) -> !a.id().equals(suggested))
                        .thenComparing(a -> held.placesOf(a.id()))
                        .thenComparing(a -> a.name().toLowerCase(Locale.ROOT)));
        return new Replacement(best.map(AllocationProblem.Assessor::id).orElse(null),
                best.isPresent() ? null : "Nobody in the pool can take this place: everyone who may assess it as "
                        + role + " has a conflict, has no place left this round, is unavailable, or has held a place on it",
                left);
    }

    static Swap.Role role(Place.Role role) {
        return role == Place.Role.LEAD ? Swap.Role.LEAD : Swap.Role.SECOND;
    }

    static Place.Role role(Swap.Role role) {
        return role == Swap.Role.LEAD ? Place.Role.LEAD : Place.Role.SECOND;
    }

    private static UUID id(Place place) {
        return place == null ? null : place.assessorId();
    }

    /**
     * For a resubmission, the referred portfolio's assessor in this role (the last who held the place and did not
     * decline it or was not replaced), if they are in the pool; otherwise null.
     */
    private UUID previous(List<AssessorProfile> pool, SubmissionSummary s, Place.Role role) {
        return submitting.resubmissionOf(s.id())
                .flatMap(r -> store.findBySubmission(r.followsSubmissionId()))
                .flatMap(previous -> store.places(previous.id()).stream()
                        .filter(p -> p.role() == role && p.status() != Place.Status.DECLINED
                                && p.status() != Place.Status.REPLACED)
                        .map(Place::assessorId).reduce((a, b) -> b))
                .filter(id -> pool.stream().anyMatch(a -> a.personId().equals(id)))
                .orElse(null);
    }

    /**
     * The solver prefers a resubmission's previous lead and second alike, and a flow does not tell a lead from a
     * second who may lead (both go through the submission's hub): where it proposes the previous second as lead and
     * the other may lead, they change roles, so each is proposed in the role they had.
     */
    static AllocationProposal previousRoles(AllocationProblem problem, AllocationProposal proposal) {
        List<AllocationProposal.Pair> pairs = proposal.pairs().stream().map(p -> {
            UUID preferredSecond = problem.submission(p.submission())
                    .map(AllocationProblem.Submission::preferredSecond).orElse(null);
            boolean otherMayLead = problem.assessor(p.second()).map(AllocationProblem.Assessor::mayLead).orElse(false);
            return preferredSecond != null && preferredSecond.equals(p.lead()) && otherMayLead
                    ? new AllocationProposal.Pair(p.submission(), p.second(), p.lead()) : p;
        }).toList();
        return new AllocationProposal(pairs, proposal.unallocated(), proposal.shortfalls(), proposal.notes());
    }

    /** The assessor in the pool whose email the candidate gave as their suggested assessor, if any. */
    private UUID suggested(List<AssessorProfile> pool, SubmissionSummary s) {
        // A resubmission goes back to the referred portfolio's lead, in either role, where the rules allow: they know
        // it best. Its previous second is preferred too (see previousRoles).
        UUID previousLead = previous(pool, s, Place.Role.LEAD);
        if (previousLead != null) {
            return previousLead;
        }
        if (s.snapshotId() == null) {
            return null;
        }
        String email = portfolios.snapshot(s.snapshotId()).map(PortfolioSnapshot::suggestedAssessorEmail).orElse(null);
        if (email == null || email.isBlank()) {
            return null;
        }
        return pool.stream().filter(a -> a.email() != null && a.email().equalsIgnoreCase(email.strip()))
                .map(AssessorProfile::personId).findFirst().orElse(null);
    }

    /** Each assessor who conflicts with this candidate, with the reasons in words. */
    private static Map<UUID, String> conflicts(List<AssessorProfile> pool, PersonSummary candidate, SubmissionSummary s) {
        if (candidate == null) {
            return Map.of();
        }
        CandidateFacts facts = CandidateFacts.of(candidate, s);
        Map<UUID, String> found = new LinkedHashMap<>();
        for (AssessorProfile assessor : pool) {
            List<ConflictsOfInterest.Conflict> conflicts = ConflictsOfInterest.of(assessor, facts);
            if (!conflicts.isEmpty()) {
                found.put(assessor.personId(), conflicts.stream().map(ConflictsOfInterest.Conflict::reason)
                        .collect(Collectors.joining("; ")));
            }
        }
        return found;
    }
}
