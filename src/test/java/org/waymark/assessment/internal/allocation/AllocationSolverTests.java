package org.waymark.assessment.internal.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.assessment.internal.allocation.Pools.CMALT_HOLDER;
import static org.waymark.assessment.internal.allocation.Pools.PATHWAY_NAMES;
import static org.waymark.assessment.internal.allocation.Pools.SENIOR_HOLDER;
import static org.waymark.assessment.internal.allocation.Pools.conflicting;
import static org.waymark.assessment.internal.allocation.Pools.lead;
import static org.waymark.assessment.internal.allocation.Pools.newcomer;
import static org.waymark.assessment.internal.allocation.Pools.submission;
import static org.waymark.assessment.internal.allocation.Pools.suggesting;
import static org.waymark.assessment.internal.allocation.Pools.unavailable;
import static org.waymark.assessment.internal.allocation.Pools.wanting;
import static org.waymark.assessment.internal.allocation.Pools.withLoad;
import static org.waymark.assessment.internal.allocation.Pools.withSpecialisms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;
import org.waymark.assessment.internal.allocation.AllocationProposal.Kind;
import org.waymark.assessment.internal.allocation.AllocationProposal.Pair;
import org.waymark.assessment.internal.allocation.AllocationProposal.Shortfall;
import org.waymark.assessment.internal.allocation.Swap.Role;

/** Every allocation rule, one behaviour per test, on pools small enough to read. */
class AllocationSolverTests {

    private final AllocationSolver solver = new AllocationSolver();

    private AllocationProposal propose(List<Submission> submissions, List<Assessor> assessors) {
        AllocationProblem problem = new AllocationProblem(submissions, assessors, PATHWAY_NAMES);
        AllocationProposal proposal = solver.propose(problem);
        assertThat(solver.violations(problem, proposal)).as("the solver keeps every rule").isEmpty();
        return proposal;
    }

    private static List<Submission> cmaltSubmissions(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> submission("S" + i, "cmalt")).toList();
    }

    @Test
    void everySubmissionGetsALeadWhoMayLeadAndADifferentSecond() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = newcomer("Ben", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        AllocationProposal proposal = propose(cmaltSubmissions(3), List.of(ann, ben, cat));

        assertThat(proposal.isComplete()).isTrue();
        assertThat(proposal.pairs()).hasSize(3).allSatisfy(p -> {
            assertThat(p.lead()).isEqualTo(ann.id());
            assertThat(p.second()).isNotEqualTo(p.lead()).isIn(ben.id(), cat.id());
        });
    }

    @Test
    void neverTheSamePersonTwiceEvenWhenOnlyOnePersonIsLeft() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 4);
        AllocationProposal proposal = propose(cmaltSubmissions(2), List.of(ann));

        assertThat(proposal.pairs()).isEmpty();
        assertThat(proposal.unallocated()).hasSize(2);
    }

    @Test
    void nobodyTakesMoreThanTheirCapacity() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 2);
        Assessor ben = lead("Ben", CMALT_HOLDER, 1);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 3);
        AllocationProposal proposal = propose(cmaltSubmissions(4), List.of(ann, ben, cat));

        assertThat(proposal.pairs()).hasSize(3);
        assertThat(proposal.placesOf(ann.id())).isEqualTo(2);
        assertThat(proposal.placesOf(ben.id())).isEqualTo(1);
        assertThat(proposal.placesOf(cat.id())).isEqualTo(3);
        assertThat(proposal.unallocated()).hasSize(1);
    }

    @Test
    void aConflictedAssessorIsNeverAllocatedToThatSubmission() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = lead("Ben", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Submission s = conflicting(submission("S1", "cmalt"), Map.of(ann, "same institution"));
        AllocationProposal proposal = propose(List.of(s), List.of(ann, ben, cat));

        assertThat(proposal.pair(s.id())).get().satisfies(p -> {
            assertThat(p.lead()).isEqualTo(ben.id());
            assertThat(p.second()).isEqualTo(cat.id());
        });
    }

    @Test
    void onlyThoseWhoseAwardCoversThePathwayAssessIt() {
        Assessor cmalt = lead("Cal", CMALT_HOLDER, 5);
        Assessor senior1 = lead("Sue", SENIOR_HOLDER, 5);
        Assessor senior2 = newcomer("Sam", SENIOR_HOLDER, 5);
        Submission senior = submission("Senior one", "senior");
        AllocationProposal proposal = propose(List.of(senior), List.of(cmalt, senior1, senior2));

        assertThat(proposal.pair(senior.id())).get().satisfies(p -> {
            assertThat(p.lead()).isEqualTo(senior1.id());
            assertThat(p.second()).isEqualTo(senior2.id());
        });
    }

    @Test
    void anUnavailableAssessorIsNotAllocated() {
        Assessor ann = unavailable(lead("Ann", CMALT_HOLDER, 5));
        Assessor ben = lead("Ben", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        AllocationProposal proposal = propose(cmaltSubmissions(2), List.of(ann, ben, cat));

        assertThat(proposal.placesOf(ann.id())).isZero();
        assertThat(proposal.pairs()).hasSize(2);
    }

    @Test
    void someoneWhoHasNotServedThreeTimesAsSecondIsNeverLead() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 1);
        Assessor ben = newcomer("Ben", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        AllocationProposal proposal = propose(cmaltSubmissions(2), List.of(ann, ben, cat));

        assertThat(proposal.pairs()).singleElement().extracting(Pair::lead).isEqualTo(ann.id());
        assertThat(proposal.shortfalls()).extracting(Shortfall::kind).containsExactly(Kind.LEADS);
    }

    @Test
    void theCandidatesSuggestedAssessorIsHonouredWhenEligibleFreeAndWithoutConflict() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = lead("Ben", CMALT_HOLDER, 5);
        Assessor cat = withLoad(newcomer("Cat", CMALT_HOLDER, 5), 3);
        Assessor dan = newcomer("Dan", CMALT_HOLDER, 5);
        Submission s = suggesting(submission("S1", "cmalt"), cat);
        AllocationProposal proposal = propose(List.of(s), List.of(ann, ben, cat, dan));

        assertThat(proposal.pair(s.id())).get().satisfies(p -> assertThat(p.has(cat.id())).isTrue());
        assertThat(proposal.notes()).isEmpty();
    }

    @Test
    void aSuggestedAssessorWithAConflictIsNotHonouredAndTheAdministratorIsTold() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = newcomer("Ben", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Submission s = conflicting(suggesting(submission("S1", "cmalt"), cat), Map.of(cat, "line manager"));
        AllocationProposal proposal = propose(List.of(s), List.of(ann, ben, cat));

        assertThat(proposal.pair(s.id())).get().satisfies(p -> assertThat(p.has(cat.id())).isFalse());
        assertThat(proposal.notes()).singleElement().satisfies(n -> assertThat(n.message())
                .isEqualTo("S1: the suggested assessor, Cat, has a conflict with it (line manager)"));
    }

    @Test
    void aSuggestedAssessorWhoMayNotAssessThePathwayIsNotHonoured() {
        Assessor sue = lead("Sue", SENIOR_HOLDER, 5);
        Assessor sam = newcomer("Sam", SENIOR_HOLDER, 5);
        Assessor cal = newcomer("Cal", CMALT_HOLDER, 5);
        Submission s = suggesting(submission("S1", "senior"), cal);
        AllocationProposal proposal = propose(List.of(s), List.of(sue, sam, cal));

        assertThat(proposal.pair(s.id())).get().satisfies(p -> assertThat(p.has(cal.id())).isFalse());
        assertThat(proposal.notes()).singleElement().satisfies(n -> assertThat(n.message())
                .isEqualTo("S1: the suggested assessor, Cal, may not assess Senior CMALT portfolios"));
    }

    @Test
    void tenSubmissionsAmongFiveEqualAssessorsGiveEachFour() {
        List<Assessor> pool = IntStream.rangeClosed(1, 5).mapToObj(i -> lead("A" + i, CMALT_HOLDER, 10)).toList();
        AllocationProposal proposal = propose(cmaltSubmissions(10), pool);

        assertThat(proposal.pairs()).hasSize(10);
        assertThat(pool).allSatisfy(a -> assertThat(proposal.placesOf(a.id())).isEqualTo(4));
    }

    @Test
    void thoseAlreadyBusyAreGivenLess() {
        Assessor busy = withLoad(lead("Busy", CMALT_HOLDER, 10), 4);
        List<Assessor> pool = new ArrayList<>(List.of(busy));
        IntStream.rangeClosed(1, 3).forEach(i -> pool.add(lead("A" + i, CMALT_HOLDER, 10)));
        AllocationProposal proposal = propose(cmaltSubmissions(8), pool);

        // 16 places: the busy one's 4 in hand count, so 20 in all, 5 each.
        assertThat(proposal.placesOf(busy.id())).isEqualTo(1);
        assertThat(pool.subList(1, 4)).allSatisfy(a -> assertThat(proposal.placesOf(a.id())).isEqualTo(5));
    }

    @Test
    void aSpecialismMatchIsPreferredOverAnEquallyLoadedStranger() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = withSpecialisms(newcomer("Ben", CMALT_HOLDER, 5), "Accessibility");
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Submission s = wanting(submission("S1", "cmalt"), "accessibility ");
        AllocationProposal proposal = propose(List.of(s), List.of(ann, ben, cat));

        assertThat(proposal.pair(s.id())).get().extracting(Pair::second).isEqualTo(ben.id());
    }

    @Test
    void aSpecialismMatchDoesNotOutweighTwoMoreAssessmentsInHand() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = withLoad(withSpecialisms(newcomer("Ben", CMALT_HOLDER, 5), "accessibility"), 2);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Submission s = wanting(submission("S1", "cmalt"), "accessibility");
        AllocationProposal proposal = propose(List.of(s), List.of(ann, ben, cat));

        assertThat(proposal.pair(s.id())).get().extracting(Pair::second).isEqualTo(cat.id());
    }

    @Test
    void aShortfallOfLeadsIsCountedPerPathwayWithWhatTheLeadsCanStillTake() {
        Assessor sue = lead("Sue", SENIOR_HOLDER, 1);
        List<Assessor> pool = new ArrayList<>(List.of(sue));
        IntStream.rangeClosed(1, 4).forEach(i -> pool.add(newcomer("N" + i, SENIOR_HOLDER, 5)));
        List<Submission> senior = IntStream.rangeClosed(1, 4).mapToObj(i -> submission("S" + i, "senior")).toList();
        AllocationProposal proposal = propose(senior, pool);

        assertThat(proposal.pairs()).hasSize(1);
        assertThat(proposal.shortfalls()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.LEADS);
            assertThat(f.pathway()).isEqualTo("senior");
            assertThat(f.submissions()).hasSize(3);
            assertThat(f.message()).startsWith("No eligible lead for 3 Senior CMALT submissions (")
                    .endsWith(": 1 assessor who may assess Senior CMALT may lead and has capacity for 1 more this round (Sue); all are taken."
                            + " Raise a lead's capacity, or add an assessor who has served three times as second.");
        });
        assertThat(proposal.unallocated()).hasSize(3).allSatisfy(u -> assertThat(u.reason()).startsWith("No eligible lead"));
    }

    @Test
    void aSubmissionEveryFreeAssessorConflictsWithIsNamedWithEachConflict() {
        Assessor ann = lead("Ann", SENIOR_HOLDER, 5);
        Assessor ben = lead("Ben", SENIOR_HOLDER, 5);
        Assessor cal = lead("Cal", CMALT_HOLDER, 5);
        Submission x = conflicting(submission("Submission X", "senior"), Map.of(ann, "same institution", ben, "declared"));
        AllocationProposal proposal = propose(List.of(x), List.of(ann, ben, cal));

        assertThat(proposal.shortfalls()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CONFLICTS);
            assertThat(f.submissions()).containsExactly(x.id());
            assertThat(f.message()).isEqualTo(
                    "Submission X: every free assessor who may assess Senior CMALT conflicts with it (Ann: same institution; Ben: declared)");
        });
    }

    @Test
    void aSubmissionLeftWithOnlyOneUnconflictedAssessorIsExplained() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = lead("Ben", CMALT_HOLDER, 5);
        Submission x = conflicting(submission("X", "cmalt"), Map.of(ann, "same institution"));
        AllocationProposal proposal = propose(List.of(x), List.of(ann, ben));

        assertThat(proposal.unallocated()).singleElement().extracting(AllocationProposal.Unallocated::reason)
                .isEqualTo("X: only Ben is free to assess it without a conflict, and it needs two (Ann: same institution)");
    }

    @Test
    void notEnoughCapacityOverallIsCountedInPlaces() {
        List<Assessor> pool = new ArrayList<>();
        IntStream.rangeClosed(1, 5).forEach(i -> pool.add(lead("L" + i, CMALT_HOLDER, 3)));
        IntStream.rangeClosed(1, 4).forEach(i -> pool.add(newcomer("N" + i, CMALT_HOLDER, 4)));
        AllocationProposal proposal = propose(cmaltSubmissions(20), pool);

        assertThat(proposal.pairs()).hasSize(15);
        assertThat(proposal.shortfalls()).first().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.CAPACITY);
            assertThat(f.message()).isEqualTo("Not enough capacity: 40 places needed for 20 submissions, 31 declared by assessors available this round");
            assertThat(f.submissions()).hasSize(5);
        });
        assertThat(proposal.shortfalls()).extracting(Shortfall::kind).contains(Kind.LEADS);
    }

    @Test
    void placesTakenByOtherSubmissionsAreAShortfallOfPlacesForThePathway() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 3);
        Assessor ben = newcomer("Ben", CMALT_HOLDER, 1);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 1);
        AllocationProposal proposal = propose(cmaltSubmissions(3), List.of(ann, ben, cat));

        assertThat(proposal.pairs()).hasSize(2);
        assertThat(proposal.shortfalls()).extracting(Shortfall::kind).containsExactly(Kind.CAPACITY, Kind.PLACES);
        assertThat(proposal.shortfalls().get(1).message()).startsWith("Not enough places for 1 CMALT submission (")
                .contains("the 3 available assessors who may assess CMALT declared 5 places this round, 1 left");
    }

    @Test
    void aPathwayNobodyMayAssessAndOneWhoseAssessorsAreAllAwayAreTold() {
        Assessor cal = lead("Cal", CMALT_HOLDER, 5);
        Assessor away = unavailable(lead("Away", SENIOR_HOLDER, 5));
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Submission senior = submission("Sen", "senior");
        Submission associate = submission("Assoc", "associate");
        Submission other = new Submission(Pools.id("Other"), "Other", "fellow", java.util.Set.of(), null, Map.of());
        AllocationProposal proposal = propose(List.of(senior, associate, other), List.of(cal, away, cat));

        assertThat(proposal.pairs()).extracting(Pair::submission).containsExactly(associate.id());
        assertThat(proposal.shortfalls()).extracting(Shortfall::kind).containsExactly(Kind.NO_ASSESSOR, Kind.UNAVAILABLE);
        assertThat(proposal.shortfalls().get(0).message()).isEqualTo(
                "No assessor in the pool may assess fellow: 1 fellow submission (Other) cannot be allocated. Add assessors who may assess fellow.");
        assertThat(proposal.shortfalls().get(1).message()).isEqualTo(
                "Everyone who may assess Senior CMALT is unavailable during the assessment window (Away): 1 Senior CMALT submission (Sen) cannot be allocated.");
    }

    @Test
    void aLongListOfSubmissionsOrPeopleNamesFiveAndCountsTheRest() {
        List<Submission> seven = IntStream.rangeClosed(1, 7).mapToObj(i -> submission("S" + i, "senior")).toList();
        AllocationProposal proposal = propose(seven, List.of(lead("Cal", CMALT_HOLDER, 20)));

        assertThat(proposal.shortfalls()).extracting(Shortfall::message).contains(
                "No assessor in the pool may assess Senior CMALT: 7 Senior CMALT submissions (S1, S2, S3, S4, S5 and 2 more)"
                        + " cannot be allocated. Add assessors who may assess Senior CMALT.");
    }

    @Test
    void aSubmissionWhoseOnlyUnconflictedPeopleMayNotLeadIsExplained() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = newcomer("Ben", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Submission x = conflicting(submission("X", "cmalt"), Map.of(ann, "declared"));
        AllocationProposal proposal = propose(List.of(x), List.of(ann, ben, cat));

        assertThat(proposal.unallocated()).singleElement().extracting(AllocationProposal.Unallocated::reason).isEqualTo(
                "X: every free assessor who may lead CMALT submissions conflicts with it (Ann: declared); Ben, Cat have no conflict but may not lead yet");
    }

    @Test
    void aSwapThatKeepsEveryRuleIsAccepted() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = newcomer("Ben", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Assessor dan = lead("Dan", CMALT_HOLDER, 5);
        AllocationProblem problem = new AllocationProblem(cmaltSubmissions(1), List.of(ann, ben, cat, dan), PATHWAY_NAMES);
        AllocationProposal proposal = solver.propose(problem);
        Pair pair = proposal.pairs().getFirst();
        Assessor otherSecond = List.of(ben, cat, ann, dan).stream().filter(a -> !pair.has(a.id())).findFirst().orElseThrow();

        Swap swap = new Swap(pair.submission(), Role.SECOND, otherSecond.id());
        assertThat(solver.check(problem, proposal, swap)).isEmpty();
        assertThat(proposal.with(swap).pair(pair.submission())).get().extracting(Pair::second).isEqualTo(otherSecond.id());
    }

    @Test
    void aSwapIsCheckedAgainstEveryRule() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 1);
        Assessor ben = newcomer("Ben", CMALT_HOLDER, 5);
        Assessor conflicted = lead("Con", CMALT_HOLDER, 5);
        Assessor away = unavailable(lead("Away", SENIOR_HOLDER, 5));
        Assessor associateOnly = lead("Ada", java.util.Set.of("associate"), 5);
        Submission s1 = conflicting(submission("S1", "cmalt"), Map.of(conflicted, "same institution"));
        Submission s2 = submission("S2", "cmalt");
        AllocationProblem problem = new AllocationProblem(List.of(s1, s2), List.of(ann, ben, conflicted, away, associateOnly), PATHWAY_NAMES);
        AllocationProposal proposal = new AllocationProposal(List.of(new Pair(s1.id(), ann.id(), ben.id())), List.of(), List.of(), List.of());

        assertThat(solver.check(problem, proposal, new Swap(s1.id(), Role.LEAD, ben.id()))).containsExactly(
                "Ben may not lead yet: an assessor leads after serving three times as second",
                "Ben is already the second on S1: a submission needs two different assessors");
        assertThat(solver.check(problem, proposal, new Swap(s1.id(), Role.SECOND, conflicted.id())))
                .containsExactly("Con has a conflict with S1: same institution");
        assertThat(solver.check(problem, proposal, new Swap(s1.id(), Role.SECOND, away.id())))
                .containsExactly("Away is unavailable during the assessment window");
        assertThat(solver.check(problem, proposal, new Swap(s1.id(), Role.LEAD, associateOnly.id())))
                .containsExactly("Ada may not assess CMALT portfolios");
        assertThat(solver.check(problem, proposal, new Swap(s2.id(), Role.LEAD, ann.id())))
                .containsExactly("Ann would have 2 assessments this round; their capacity is 1");
        assertThat(solver.check(problem, proposal, new Swap(s2.id(), Role.SECOND, ben.id()))).isEmpty();
        assertThat(solver.violations(problem, proposal.with(new Swap(s2.id(), Role.SECOND, ben.id()))))
                .containsExactly("S2 has no lead assessor yet");
    }
}
