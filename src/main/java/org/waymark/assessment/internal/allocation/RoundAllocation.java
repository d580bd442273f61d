package org.waymark.assessment.internal.allocation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.assessment.AssessorProfile;
import org.waymark.assessment.CandidateFacts;
import org.waymark.assessment.ConflictsOfInterest;
import org.waymark.submission.RoundForecast;
import org.waymark.submission.SubmissionForecasts;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * The allocation proposal for a round's accepted submissions: the problem is built here from the other modules'
 * facts (each candidate's account and the line manager they named, every assessor's profile and declared
 * conflicts, the pool as the round sees it), and solved by {@link AllocationSolver}. Nothing is stored yet: the
 * administrator sees the proposal; swapping people and confirming come next.
 */
@Service
public class RoundAllocation {

    private final SubmissionForecasts rounds;
    private final Submitting submitting;
    private final RoundPool pools;
    private final People people;
    private final AllocationSolver solver;

    RoundAllocation(SubmissionForecasts rounds, Submitting submitting, RoundPool pools, People people, AllocationSolver solver) {
        this.rounds = rounds;
        this.submitting = submitting;
        this.pools = pools;
        this.people = people;
        this.solver = solver;
    }

    /**
     * @param accepted       the round's submissions accepted for assessment, in the order they arrived
     * @param candidateNames each submission's candidate, by submission
     * @param assessorNames  every assessor in the pool, by id
     */
    public record View(RoundForecast round, List<SubmissionSummary> accepted, Map<UUID, String> candidateNames,
                       Map<UUID, String> pathwayNames, Map<UUID, String> assessorNames, AllocationProblem problem,
                       AllocationProposal proposal) {
    }

    public Optional<View> propose(UUID roundId) {
        return rounds.forecast(roundId).map(round -> {
            RoundPool.Pool pool = pools.of(round);
            List<SubmissionSummary> accepted = submitting.acceptedIn(roundId);
            Map<UUID, PersonSummary> candidates = new LinkedHashMap<>();
            accepted.forEach(s -> people.find(s.candidateId()).ifPresent(p -> candidates.put(s.id(), p)));
            List<AllocationProblem.Submission> submissions = accepted.stream().map(s -> new AllocationProblem.Submission(
                    s.id(), s.reference(), s.pathwayKey(), Set.of(), null,
                    conflicts(pool.profiles(), candidates.get(s.id()), s))).toList();
            AllocationProblem problem = new AllocationProblem(submissions, pool.assessors(), pool.pathwayNames());
            AllocationProposal proposal = solver.propose(problem);
            Map<UUID, String> candidateNames = new LinkedHashMap<>();
            candidates.forEach((submission, person) -> candidateNames.put(submission, person.name()));
            Map<UUID, String> pathwayNames = accepted.stream().collect(Collectors.toMap(SubmissionSummary::id,
                    s -> pool.pathwayNames().getOrDefault(s.pathwayKey(), s.pathwayKey())));
            Map<UUID, String> assessorNames = pool.profiles().stream()
                    .collect(Collectors.toMap(AssessorProfile::personId, AssessorProfile::name));
            return new View(round, accepted, candidateNames, pathwayNames, assessorNames, problem, proposal);
        });
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
