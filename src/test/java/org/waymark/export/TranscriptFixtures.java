package org.waymark.export;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.assessment.ReferralFixtures;
import org.waymark.assessment.ReviewFixtures;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.ReviewDraft;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.award.Award;
import org.waymark.award.Awards;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;

/**
 * Awards with a real assessment behind them, made through the assessment module's services: two assessors review
 * (the lead grading Strong and Adequate in turn, the second Adequate throughout, so their grades differ on every
 * other row), the lead agrees a pass, the result is released and the award issued. Release is done here as
 * {@code Outcomes.release} does it but without its event, and the award issued directly, so no listener races the test.
 */
public class TranscriptFixtures {

    public static final String LEAD_FEEDBACK = "Lead: a thoughtful portfolio; the reflection in 2a stands out.";
    public static final String SECOND_FEEDBACK = "Second: credible throughout; more evidence in 3a would help.";

    /** An award and who is who; {@code sheet} is what the assessors graded, row by row. */
    public record Awarded(Award award, UUID holder, String holderEmail, UUID lead, UUID second, UUID admin,
                          ReviewSheet sheet) {
    }

    private final ApplicationContext spring;
    private final ReviewFixtures reviews;
    private final AssessmentStore store;
    private final Reviewing reviewing;
    private final Outcomes outcomes;

    public TranscriptFixtures(ApplicationContext spring) {
        this.spring = spring;
        this.reviews = new ReviewFixtures(spring);
        this.store = spring.getBean(AssessmentStore.class);
        this.reviewing = spring.getBean(Reviewing.class);
        this.outcomes = spring.getBean(Outcomes.class);
    }

    /** An Associate CMALT pass at the first submission, awarded to "Cat Candidate" (this email). */
    public Awarded awarded(String holderEmail) {
        ReviewFixtures.Allocated a = reviews.allocated(reviews.rollingRound(), ReviewFixtures.unique("admin"), holderEmail,
                ReviewFixtures.unique("lead"), ReviewFixtures.unique("second"));
        return pass(a.assessment().id(), a.candidate(), holderEmail, a.lead(), a.second(), a.admin());
    }

    /** A pass at a resubmission after a minor referral: the award is for the resubmission. */
    public Awarded awardedAfterReferral(String holderEmail) {
        ReferralFixtures referrals = new ReferralFixtures(spring);
        UUID admin = reviews.admin(ReviewFixtures.unique("admin"));
        UUID candidate = referrals.submissions.candidate("Rae Resubmitter", holderEmail);
        ReferralFixtures.Released referred = referrals.referred(candidate);
        Submission again = spring.getBean(SubmissionService.class).resubmit(candidate, referred.submission().id(),
                referred.round().id(), "I rewrote 2a.", Instant.now());
        spring.getBean(CompletenessCheck.class).accept(admin, again.id());
        UUID assessmentId = referrals.assessmentOf(again);
        UUID lead = reviews.assessor(admin, "Lou Lead", ReviewFixtures.unique("lead"), "senior", 3);
        UUID second = reviews.assessor(admin, "Sid Second", ReviewFixtures.unique("second"), "cmalt", 0);
        Permissions permissions = spring.getBean(Permissions.class);
        for (var place : List.of(Map.entry(Place.Role.LEAD, lead), Map.entry(Place.Role.SECOND, second))) {
            Instant now = Instant.now();
            store.insert(new Place(UUID.randomUUID(), assessmentId, place.getKey(), place.getValue(), Place.Status.ACCEPTED,
                    now, now, null, null, 0));
            permissions.grant(place.getValue(), Relation.ASSESSOR, Submitting.OBJECT_TYPE, again.id(), null);
        }
        return pass(assessmentId, candidate, holderEmail, lead, second, admin);
    }

    private Awarded pass(UUID assessmentId, UUID candidate, String email, UUID lead, UUID second, UUID admin) {
        ReviewSheet sheet = reviewing.sheet(store.find(assessmentId).orElseThrow());
        review(assessmentId, second, draft(sheet, false));
        review(assessmentId, lead, draft(sheet, true));
        Assessment reconciling = store.find(assessmentId).orElseThrow();
        outcomes.agree(reconciling, lead, reconciling.version(), "pass");
        Assessment decided = store.find(assessmentId).orElseThrow();
        Instant now = spring.getBean(Clock.class).instant();
        store.release(decided.id(), decided.version(), now);
        spring.getBean(Submitting.class).recordOutcome(decided.submissionId(), "pass", "Pass", null, admin);
        Award award = spring.getBean(Awards.class).issue(candidate, decided.pathwayKey(), decided.submissionId(), "pass", admin);
        return new Awarded(award, candidate, email, lead, second, admin, sheet);
    }

    private void review(UUID assessmentId, UUID assessor, ReviewDraft draft) {
        Assessment current = store.find(assessmentId).orElseThrow();
        Place place = reviewing.acceptedPlace(current, assessor).orElseThrow();
        var review = reviewing.reviewFor(current, place);
        var result = reviewing.submit(current, place, review.version(), draft);
        if (!(result instanceof Reviewing.Saved)) {
            throw new IllegalStateException("Review not submitted: " + result);
        }
    }

    /** The lead: Strong on even rows and Adequate on odd ones; the second: Adequate on every row. */
    public static String grade(boolean lead, int row) {
        return lead && row % 2 == 0 ? "Strong" : "Adequate";
    }

    private static ReviewDraft draft(ReviewSheet sheet, boolean lead) {
        Map<String, ReviewDraft.Answer> sections = new LinkedHashMap<>();
        int i = 0;
        for (ReviewSheet.Row row : sheet.rows()) {
            sections.put(row.key(), row.assessed() ? new ReviewDraft.Answer(key(grade(lead, i++)), null, null)
                    : new ReviewDraft.Answer(null, true, null));
        }
        Map<String, ReviewDraft.Answer> principles = new LinkedHashMap<>();
        for (var p : sheet.principles()) {
            principles.put(p.key(), new ReviewDraft.Answer(key(grade(lead, i++)), null, null));
        }
        return new ReviewDraft(sections, principles, "pass", lead ? LEAD_FEEDBACK : SECOND_FEEDBACK);
    }

    private static String key(String grade) {
        return grade.toLowerCase();
    }
}
