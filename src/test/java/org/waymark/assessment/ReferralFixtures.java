package org.waymark.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.framework.AssessmentType;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;

/**
 * Released outcomes made directly (an assessment inserted and released, the submission's outcome recorded), for the
 * referral, resubmission and appeal tests: allocation and reviews are other pages' business.
 */
public class ReferralFixtures {

    public final SubmissionFixtures submissions;
    private final SubmissionService service;
    private final CompletenessCheck completeness;
    private final AssessmentStore store;
    private final java.time.Clock clock;
    private final org.waymark.account.People people;

    public ReferralFixtures(ApplicationContext spring) {
        this.submissions = new SubmissionFixtures(spring);
        this.service = spring.getBean(SubmissionService.class);
        this.completeness = spring.getBean(CompletenessCheck.class);
        this.store = spring.getBean(AssessmentStore.class);
        this.clock = spring.getBean(java.time.Clock.class);
        this.people = spring.getBean(org.waymark.account.People.class);
    }

    /** What a released outcome gives a test: whose, which submission, its assessment. */
    public record Released(UUID candidate, UUID portfolio, Submission submission, Round round, UUID assessmentId,
                           Instant releasedAt) {
    }

    /**
     * A candidate with a complete Associate portfolio, a paid registration and a submission into a rolling round,
     * accepted, assessed and released at {@code releasedAt} with the outcome given ({@code resubmitBy} null unless
     * a referral).
     */
    public Released released(UUID candidate, String outcomeKey, String outcomeName, Instant releasedAt, Instant resubmitBy) {
        UUID portfolio = submissions.completePortfolio(candidate);
        submissions.paidRegistration(candidate, "associate");
        Round round = submissions.rollingRound();
        Submission submission = service.submit(candidate, portfolio, round.id(), null, null, clock.instant());
        completeness.accept(submissions.candidate(), submission.id());
        UUID admin = UUID.randomUUID();
        Assessment assessment = new Assessment(UUID.randomUUID(), submission.id(), round.id(), candidate, submission.snapshotId(),
                "associate", AssessmentType.FIRST, null, false, Assessment.Status.DECIDED, releasedAt, releasedAt.minus(Duration.ofDays(50)),
                admin, null, null, null, null, null, 0);
        store.insert(assessment);
        store.recordOutcome(assessment.id(), 0, outcomeKey, admin, releasedAt, null);
        store.release(assessment.id(), 1, releasedAt);
        service.recordOutcome(submission.id(), outcomeKey, outcomeName, resubmitBy, admin);
        return new Released(candidate, portfolio, service.submission(submission.id()).orElseThrow(), round, assessment.id(), releasedAt);
    }

    /** An assessment of a resubmission, in review, as allocation would make it (previous outcome copied). */
    public UUID assessmentOf(Submission resubmission) {
        UUID follows = service.resubmissionOf(resubmission.id()).orElseThrow().followsSubmissionId();
        Instant now = clock.instant();
        Assessment assessment = new Assessment(UUID.randomUUID(), resubmission.id(), resubmission.roundId(),
                resubmission.candidateId(), resubmission.snapshotId(), resubmission.pathway(), AssessmentType.RESUBMISSION,
                service.outcome(follows).orElseThrow().outcomeKey(), false, Assessment.Status.IN_REVIEW,
                now.plus(Duration.ofDays(28)), now, UUID.randomUUID(), null, null, null, null, null, 0);
        store.insert(assessment);
        return assessment.id();
    }

    public String nameOf(UUID person) {
        return people.find(person).orElseThrow().name();
    }

    /** A minor referral released now, to resubmit within eight weeks. */
    public Released referred(UUID candidate) {
        Instant now = clock.instant();
        return released(candidate, "referral-minor", "Referral - minor revisions", now, now.plus(Duration.ofDays(56)));
    }
}
