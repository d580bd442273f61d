package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.ReviewDraft;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.assessment.internal.store.Review;
import org.waymark.submission.SubmissionOutcome;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.Submitting;
import org.waymark.support.WaymarkTest;

/**
 * Reviews from draft to lock, both in to reconciliation, the rules on the agreed and the moderated outcome, and
 * release: the submission's outcome with the referral's date, the assessors' access ended, everything audited.
 */
@WaymarkTest
class ReviewsAndOutcomesTests {

    @Autowired
    ApplicationContext spring;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Outcomes outcomes;
    @Autowired
    AssessmentStore store;
    @Autowired
    Assessors assessors;
    @Autowired
    Submitting submitting;
    @Autowired
    Permissions permissions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theSheetFollowsTheSnapshotAndTheRules() {
        ReviewFixtures.Allocated a = new ReviewFixtures(spring).allocated(new ReviewFixtures(spring).rollingRound());
        ReviewSheet sheet = reviewing.sheet(a.assessment());

        assertThat(sheet.rows()).extracting(ReviewSheet.Row::key)
                .containsExactly("context#1", "1a#1", "1b#1", "2a#1", "3a#1", "4a#1", "plans#1");
        assertThat(sheet.rows()).filteredOn(r -> !r.assessed()).extracting(ReviewSheet.Row::key).containsExactly("context#1", "plans#1");
        assertThat(sheet.principles()).hasSize(4);
        assertThat(sheet.grades()).extracting(g -> g.name())
                .containsExactly("Strong", "Adequate", "Revisions required", "Incomplete or missing", "Not applicable");
        assertThat(sheet.outcomesAllowed()).extracting(o -> o.key())
                .as("a first submission cannot fail").containsExactly("pass-with-distinction", "pass", "referral-minor", "referral-major");
    }

    @Test
    void aDraftIsSavedFromTheVersionReadAndSubmittingChecksEveryRowThenLocks() {
        ReviewFixtures.Allocated a = new ReviewFixtures(spring).allocated(new ReviewFixtures(spring).rollingRound());
        Place second = reviewing.acceptedPlace(a.assessment(), a.second()).orElseThrow();
        ReviewSheet sheet = reviewing.sheet(a.assessment());
        Review draft = reviewing.reviewFor(a.assessment(), second);
        assertThat(draft.status()).isEqualTo(Review.Status.DRAFT);

        ReviewDraft half = new ReviewDraft(java.util.Map.of("1a#1", new ReviewDraft.Answer("strong", null, "Convincing")),
                java.util.Map.of(), null, "Started");
        Reviewing.Result saved = reviewing.save(a.assessment(), second, draft.version(), half);
        assertThat(saved).isInstanceOf(Reviewing.Saved.class);
        assertThat(reviewing.save(a.assessment(), second, draft.version(), half)).as("stale version").isInstanceOf(Reviewing.Conflict.class);

        Reviewing.Result incomplete = reviewing.submit(a.assessment(), second, saved.review().version(), half);
        assertThat(incomplete).isInstanceOf(Reviewing.Incomplete.class);
        var problems = ((Reviewing.Incomplete) incomplete).problems();
        assertThat(problems).containsEntry("grade-1b-1", "Choose a grade for 1b Technical knowledge and ability in the use of learning technology")
                .containsEntry("complete-context-1", "Say whether Contextual statement is complete")
                .containsEntry("principle-explore", "Choose a grade for the core principle Explore and understand")
                .containsEntry("recommendedOutcome", "Choose the outcome you recommend")
                .doesNotContainKey("grade-1a-1").doesNotContainKey("feedback");
        Review kept = reviewing.review(a.assessment(), a.second()).orElseThrow();
        assertThat(kept.status()).as("still a draft").isEqualTo(Review.Status.DRAFT);
        assertThat(kept.row(Review.RowKind.SECTION, "1a#1").orElseThrow().comment()).as("nothing lost").isEqualTo("Convincing");

        ReviewDraft failing = ReviewFixtures.complete(sheet, "adequate", "fail");
        var refused = (Reviewing.Incomplete) reviewing.submit(a.assessment(), second, kept.version(), failing);
        assertThat(refused.problems()).containsOnlyKeys("recommendedOutcome");
        assertThat(refused.problems().get("recommendedOutcome")).startsWith("Fail is not allowed for a first submission");

        Reviewing.Result submitted = reviewing.submit(a.assessment(), second, refused.review().version(),
                ReviewFixtures.complete(sheet, "adequate", "pass"));
        assertThat(submitted).isInstanceOf(Reviewing.Saved.class);
        assertThat(submitted.review().submitted()).isTrue();
        assertThat(reviewing.save(a.assessment(), second, submitted.review().version(), half)).as("locked")
                .isInstanceOf(Reviewing.Locked.class);
        assertThat(store.find(a.assessment().id()).orElseThrow().status()).as("the lead's review is not in yet")
                .isEqualTo(Assessment.Status.IN_REVIEW);
        assertThat(audit(a.assessment().id(), "review.submitted")).singleElement().asString().contains("Second assessor");
    }

    @Test
    void bothReviewsInMoveToReconcilingAndTheLeadRecordsOnlyAnAllowedOutcome() {
        ReviewFixtures.Allocated a = new ReviewFixtures(spring).allocated(new ReviewFixtures(spring).rollingRound());
        submitBoth(a, "referral-minor");
        Assessment reconciling = store.find(a.assessment().id()).orElseThrow();
        assertThat(reconciling.status()).isEqualTo(Assessment.Status.RECONCILING);
        assertThat(reviewing.currentReviews(reconciling)).extracting(Review::role).containsExactly(Place.Role.LEAD, Place.Role.SECOND);

        assertThatThrownBy(() -> outcomes.agree(reconciling, a.lead(), reconciling.version(), "fail"))
                .isInstanceOf(Outcomes.Refused.class)
                .hasMessage("Fail is not allowed for a first submission: choose Pass with distinction, Pass, "
                        + "Referral - minor revisions or Referral - major revisions");
        Assessment decided = outcomes.agree(reconciling, a.lead(), reconciling.version(), "referral-minor");
        assertThat(decided.status()).isEqualTo(Assessment.Status.DECIDED);
        assertThat(decided.outcome()).isEqualTo("referral-minor");
        assertThat(assessors.find(a.second()).orElseThrow().timesAsSecond()).as("served once more as second").isEqualTo(1);
        assertThat(audit(decided.id(), "assessment.outcome-recorded")).singleElement().asString().contains("Referral - minor revisions");
        assertThatThrownBy(() -> outcomes.agree(decided, a.lead(), decided.version(), "pass")).as("recorded once")
                .isInstanceOf(Outcomes.Refused.class);

        assertThatThrownBy(() -> outcomes.moderate(decided, a.admin(), decided.version(), "pass", " "))
                .isInstanceOf(Outcomes.Refused.class).hasMessage("Say why you are changing the outcome");
        assertThatThrownBy(() -> outcomes.moderate(decided, a.admin(), decided.version(), "fail", "Because"))
                .isInstanceOf(Outcomes.Refused.class).hasMessageStartingWith("Fail is not allowed");
        Assessment moderated = outcomes.moderate(decided, a.admin(), decided.version(), "referral-major", "Evidence missing in 3a");
        assertThat(moderated.outcome()).isEqualTo("referral-major");
        assertThat(moderated.moderationReason()).isEqualTo("Evidence missing in 3a");
        assertThat(audit(decided.id(), "assessment.moderated")).singleElement().asString()
                .isEqualTo("From Referral - minor revisions to Referral - major revisions: Evidence missing in 3a");
    }

    @Test
    void releaseRecordsTheOutcomeWithTheReferralDateEndsTheGrantsAndHappensOnce() {
        ReviewFixtures.Allocated a = new ReviewFixtures(spring).allocated(new ReviewFixtures(spring).rollingRound());
        submitBoth(a, "referral-minor");
        Assessment reconciling = store.find(a.assessment().id()).orElseThrow();
        Assessment decided = outcomes.agree(reconciling, a.lead(), reconciling.version(), "referral-minor");
        assertThat(permissions.may(as(a.lead()), Action.GRADE, Submitting.OBJECT_TYPE, decided.submissionId())).isTrue();

        assertThat(outcomes.release(decided, a.admin())).isTrue();
        assertThat(outcomes.release(decided, a.admin())).as("once").isFalse();

        Assessment released = store.find(decided.id()).orElseThrow();
        assertThat(released.status()).isEqualTo(Assessment.Status.RELEASED);
        assertThat(submitting.find(decided.submissionId()).orElseThrow().status()).isEqualTo(SubmissionStatus.DECIDED);
        SubmissionOutcome outcome = submitting.outcome(decided.submissionId()).orElseThrow();
        assertThat(outcome.outcomeKey()).isEqualTo("referral-minor");
        assertThat(outcome.resubmitBy()).isEqualTo(released.releasedAt().atZone(ZoneOffset.UTC).plusWeeks(8).toInstant()
                .truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        for (UUID assessor : List.of(a.lead(), a.second())) {
            assertThat(permissions.may(as(assessor), Action.GRADE, Submitting.OBJECT_TYPE, decided.submissionId()))
                    .as("access ends at release").isFalse();
        }
        assertThat(audit(decided.id(), "assessment.released")).hasSize(1);
    }

    void submitBoth(ReviewFixtures.Allocated a, String outcome) {
        for (UUID assessor : List.of(a.second(), a.lead())) {
            Assessment current = store.find(a.assessment().id()).orElseThrow();
            Place place = reviewing.acceptedPlace(current, assessor).orElseThrow();
            Review review = reviewing.reviewFor(current, place);
            var result = reviewing.submit(current, place, review.version(),
                    ReviewFixtures.complete(reviewing.sheet(current), assessor.equals(a.lead()) ? "strong" : "adequate", outcome));
            assertThat(result).isInstanceOf(Reviewing.Saved.class);
        }
    }

    static UsernamePasswordAuthenticationToken as(UUID person) {
        return new UsernamePasswordAuthenticationToken(person.toString(), null, AuthorityUtils.createAuthorityList("ROLE_ASSESSOR"));
    }

    private List<String> audit(UUID assessmentId, String action) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE object_type = 'assessment' AND object_id = ? AND action = ?")
                .params(assessmentId.toString(), action).query(String.class).list();
    }

    static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days));
    }
}
