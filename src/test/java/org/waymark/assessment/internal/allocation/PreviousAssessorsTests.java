package org.waymark.assessment.internal.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.assessment.internal.allocation.Pools.CMALT_HOLDER;
import static org.waymark.assessment.internal.allocation.Pools.PATHWAY_NAMES;
import static org.waymark.assessment.internal.allocation.Pools.lead;
import static org.waymark.assessment.internal.allocation.Pools.newcomer;
import static org.waymark.assessment.internal.allocation.Pools.reassessedAfterAppeal;
import static org.waymark.assessment.internal.allocation.Pools.resubmitted;
import static org.waymark.assessment.internal.allocation.Pools.submission;
import static org.waymark.assessment.internal.allocation.Pools.withLoad;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.waymark.assessment.internal.allocation.AllocationProblem.Assessor;
import org.waymark.assessment.internal.allocation.AllocationProblem.Submission;
import org.waymark.assessment.internal.allocation.AllocationProposal.Pair;
import org.waymark.assessment.internal.allocation.Swap.Role;

/**
 * The assessors a submission had before: a resubmission prefers both (each in the role they had), a reassessment after
 * an appeal may have neither.
 */
class PreviousAssessorsTests {

    private final AllocationSolver solver = new AllocationSolver();

    private AllocationProposal propose(AllocationProblem problem) {
        AllocationProposal proposal = RoundAllocation.previousRoles(problem, solver.propose(problem));
        assertThat(solver.violations(problem, proposal)).as("the proposal keeps every rule").isEmpty();
        return proposal;
    }

    @Test
    void aResubmissionsPreviousSecondIsProposedAsSecondEvenWhenBusierThanAnother() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor cat = withLoad(newcomer("Cat", CMALT_HOLDER, 5), 3);
        Assessor dan = newcomer("Dan", CMALT_HOLDER, 5);
        Submission s = resubmitted(submission("S1", "cmalt"), ann, cat);

        AllocationProposal proposal = propose(new AllocationProblem(List.of(s), List.of(ann, cat, dan), PATHWAY_NAMES));

        assertThat(proposal.pair(s.id())).contains(new Pair(s.id(), ann.id(), cat.id()));
    }

    @Test
    void withoutThePreferenceTheLessBusySecondWouldBeProposed() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor cat = withLoad(newcomer("Cat", CMALT_HOLDER, 5), 3);
        Assessor dan = newcomer("Dan", CMALT_HOLDER, 5);
        Submission s = submission("S1", "cmalt");

        AllocationProposal proposal = propose(new AllocationProblem(List.of(s), List.of(ann, cat, dan), PATHWAY_NAMES));

        assertThat(proposal.pair(s.id())).contains(new Pair(s.id(), ann.id(), dan.id()));
    }

    @Test
    void aPreviousSecondWhoMayNowLeadIsStillProposedAsSecondBesideThePreviousLead() {
        // Cat comes first in the pool, so a flow that cannot tell the roles apart would make her the lead.
        Assessor cat = lead("Cat", CMALT_HOLDER, 5);
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor bob = lead("Bob", CMALT_HOLDER, 5);
        Submission s = resubmitted(submission("S1", "cmalt"), ann, cat);

        AllocationProposal proposal = propose(new AllocationProblem(List.of(s), List.of(cat, ann, bob), PATHWAY_NAMES));

        assertThat(proposal.pair(s.id())).contains(new Pair(s.id(), ann.id(), cat.id()));
    }

    @Test
    void aPreviousSecondWithAConflictNowIsNotProposed() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Assessor dan = newcomer("Dan", CMALT_HOLDER, 5);
        Submission s = Pools.conflicting(resubmitted(submission("S1", "cmalt"), ann, cat), java.util.Map.of(cat, "line manager"));
        s = new Submission(s.id(), s.label(), s.pathway(), s.specialisms(), ann.id(), s.conflicts(), cat.id(), s.appealedAssessors());

        AllocationProposal proposal = propose(new AllocationProblem(List.of(s), List.of(ann, cat, dan), PATHWAY_NAMES));

        assertThat(proposal.pair(s.id())).contains(new Pair(s.id(), ann.id(), dan.id()));
    }

    @Test
    void aReassessmentAfterAnAppealIsNeverProposedToTheAssessorsOfTheAppealedOutcome() {
        // Ann and Cat share the portfolio's specialism, so without the rule they would be the better match.
        Assessor ann = Pools.withSpecialisms(lead("Ann", CMALT_HOLDER, 5), "accessibility");
        Assessor ben = lead("Ben", CMALT_HOLDER, 5);
        Assessor cat = Pools.withSpecialisms(newcomer("Cat", CMALT_HOLDER, 5), "accessibility");
        Assessor dan = newcomer("Dan", CMALT_HOLDER, 5);
        Submission s = reassessedAfterAppeal(Pools.wanting(submission("S1", "cmalt"), "accessibility"), ann, cat);

        AllocationProposal proposal = propose(new AllocationProblem(List.of(s), List.of(ann, ben, cat, dan), PATHWAY_NAMES));

        assertThat(proposal.pair(s.id())).contains(new Pair(s.id(), ben.id(), dan.id()));
    }

    @Test
    void swappingInAnAssessorOfTheAppealedOutcomeIsRefusedWithItsOwnReason() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor ben = lead("Ben", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Assessor dan = newcomer("Dan", CMALT_HOLDER, 5);
        Submission s = reassessedAfterAppeal(submission("S1", "cmalt"), ann, cat);
        AllocationProblem problem = new AllocationProblem(List.of(s), List.of(ann, ben, cat, dan), PATHWAY_NAMES);
        AllocationProposal proposal = propose(problem);

        assertThat(solver.check(problem, proposal, new Swap(s.id(), Role.LEAD, ann.id())))
                .containsExactly("Ann assessed the outcome of S1 that was appealed: a reassessment after an appeal needs new assessors");
        assertThat(solver.check(problem, proposal, new Swap(s.id(), Role.SECOND, cat.id())))
                .containsExactly("Cat assessed the outcome of S1 that was appealed: a reassessment after an appeal needs new assessors");
        assertThat(solver.check(problem, proposal, new Swap(s.id(), Role.SECOND, dan.id()))).isEmpty();
        assertThat(solver.violations(problem, new AllocationProposal(List.of(new Pair(s.id(), ann.id(), dan.id())),
                List.of(), List.of(), List.of())))
                .contains("Ann assessed the outcome of S1 that was appealed: a reassessment after an appeal needs new assessors");
    }

    @Test
    void aReassessmentOnlyThePreviousAssessorsCouldTakeIsExplainedInThoseTerms() {
        Assessor ann = lead("Ann", CMALT_HOLDER, 5);
        Assessor cat = newcomer("Cat", CMALT_HOLDER, 5);
        Assessor dan = newcomer("Dan", CMALT_HOLDER, 5);
        Submission s = reassessedAfterAppeal(submission("S1", "cmalt"), ann, cat);

        AllocationProposal proposal = propose(new AllocationProblem(List.of(s), List.of(ann, cat, dan), PATHWAY_NAMES));

        assertThat(proposal.pairs()).isEmpty();
        assertThat(proposal.unallocated()).singleElement().satisfies(u -> assertThat(u.reason())
                .contains("Ann: assessed the appealed outcome").contains("Cat: assessed the appealed outcome"));
    }
}
