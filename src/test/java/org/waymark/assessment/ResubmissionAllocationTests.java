package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.waymark.assessment.internal.allocation.AllocationProposal;
import org.waymark.assessment.internal.allocation.Allocations;
import org.waymark.assessment.internal.allocation.RoundAllocation;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/**
 * Allocating a resubmission after a referral: the referred portfolio's lead is proposed again (in either role), its second
 * again as second, and the assessment
 * records the outcome it follows (which decides the outcomes the rules allow), on H2 and PostgreSQL.
 */
@WaymarkTest
class ResubmissionAllocationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    SubmissionService submissions;
    @Autowired
    CompletenessCheck completeness;
    @Autowired
    AssessmentStore store;
    @Autowired
    RoundAllocation rounds;
    @Autowired
    Allocations allocations;
    @Autowired
    Assessors assessors;

    @Test
    void theReferredPortfoliosLeadIsProposedAgainAndThePreviousOutcomeIsKept() {
        ReferralFixtures fixtures = new ReferralFixtures(context);
        UUID admin = fixtures.submissions.candidate();
        UUID lead = assessor(admin, "Lee Lead");
        UUID second = assessor(admin, "Sam Second");
        UUID third = assessor(admin, "Tao Third");
        UUID candidate = fixtures.submissions.candidate();
        ReferralFixtures.Released referred = fixtures.referred(candidate);
        Submission again = submissions.resubmit(candidate, referred.submission().id(), referred.round().id(),
                "I rewrote 2a with my students' feedback.", Instant.now());
        completeness.accept(admin, again.id());
        // Whom the solver would leave out with nothing to go on: the referred portfolio's lead is made that one.
        AllocationProposal.Pair byDefault = pairFor(referred, again);
        UUID previousLead = java.util.stream.Stream.of(lead, second, third)
                .filter(a -> !a.equals(byDefault.lead()) && !a.equals(byDefault.second())).findFirst().orElseThrow();
        UUID previousSecond = byDefault.lead();
        Instant then = referred.releasedAt().minusSeconds(86_400);
        store.insert(new Place(UUID.randomUUID(), referred.assessmentId(), Place.Role.LEAD, previousLead, Place.Status.ACCEPTED,
                then, then, null, null, 0));
        store.insert(new Place(UUID.randomUUID(), referred.assessmentId(), Place.Role.SECOND, previousSecond,
                Place.Status.ACCEPTED, then, then, null, null, 0));

        AllocationProposal.Pair pair = pairFor(referred, again);
        assertThat(List.of(pair.lead(), pair.second())).as("the referred portfolio's lead, proposed again").contains(previousLead);

        allocations.confirm(admin, referred.round().id(), List.of(pair));
        Assessment assessment = store.findBySubmission(again.id()).orElseThrow();
        assertThat(assessment.type()).isEqualTo(org.waymark.framework.AssessmentType.RESUBMISSION);
        assertThat(assessment.previousOutcome()).isEqualTo("referral-minor");
    }

    @Test
    void theReferredPortfoliosSecondIsProposedAgainAsSecond() {
        ReferralFixtures fixtures = new ReferralFixtures(context);
        UUID admin = fixtures.submissions.candidate();
        assessor(admin, "Lee Lead", 3);
        assessor(admin, "Lou Lead", 3);
        UUID nia = assessor(admin, "Nia New", 0);
        UUID ned = assessor(admin, "Ned New", 0);
        UUID candidate = fixtures.submissions.candidate();
        ReferralFixtures.Released referred = fixtures.referred(candidate);
        Submission again = submissions.resubmit(candidate, referred.submission().id(), referred.round().id(),
                "I rewrote 2a with my students' feedback.", Instant.now());
        completeness.accept(admin, again.id());
        // What the solver proposes with nothing to go on (other tests in this context add to the pool: whoever they
        // are); the referred portfolio's lead is made that lead, and its second one of ours it did not propose.
        AllocationProposal.Pair byDefault = pairFor(referred, again);
        UUID previousSecond = List.of(byDefault.lead(), byDefault.second()).contains(nia) ? ned : nia;
        Instant then = referred.releasedAt().minusSeconds(86_400);
        store.insert(new Place(UUID.randomUUID(), referred.assessmentId(), Place.Role.LEAD, byDefault.lead(),
                Place.Status.ACCEPTED, then, then, null, null, 0));
        store.insert(new Place(UUID.randomUUID(), referred.assessmentId(), Place.Role.SECOND, previousSecond,
                Place.Status.ACCEPTED, then, then, null, null, 0));

        AllocationProposal.Pair pair = pairFor(referred, again);
        assertThat(pair.lead()).as("the referred portfolio's lead").isEqualTo(byDefault.lead());
        assertThat(pair.second()).as("the referred portfolio's second, though another was free").isEqualTo(previousSecond);
    }

    private AllocationProposal.Pair pairFor(ReferralFixtures.Released referred, Submission again) {
        return rounds.view(referred.round().id()).orElseThrow().proposal().pairs().stream()
                .filter(p -> p.submission().equals(again.id())).findFirst().orElseThrow();
    }

    private UUID assessor(UUID admin, String name) {
        return assessor(admin, name, 3);
    }

    private UUID assessor(UUID admin, String name, int timesAsSecond) {
        String email = UUID.randomUUID() + "@example.org";
        new org.waymark.submission.SubmissionFixtures(context).candidate(name, email);
        return assessors.add(admin, email, "senior", "Institute " + UUID.randomUUID(), List.of(), 5, timesAsSecond);
    }
}
