package org.waymark.assessment;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.waymark.assessment.internal.review.ReviewDraft;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.Place;
import org.waymark.submission.internal.Round;

/**
 * Calibration's seeded reviews, through the review pages' own service: two rounds of Associate CMALT portfolios
 * assessed by Lee (lead) and Sam (second). Each review grades every row alike (9 grade rows: 1a, 1b, 2a, 3a, 4a and
 * the four core principles), so every row's pairs are the assessments' pairs:
 * <ul>
 * <li>first round: (Strong, Strong), (Adequate, Revisions required) with Sam's 1a Not applicable, (Revisions
 * required, Revisions required); outcomes (Pass with distinction, same), (Pass, Referral minor), (Referral minor, same);</li>
 * <li>second round: (Revisions required, Adequate); outcomes (Referral minor, Pass).</li>
 * </ul>
 * Worked by hand in {@code CalibrationTests}.
 */
public class CalibrationFixtures {

    /** The two rounds and the two assessors. */
    public record Seeded(Round first, Round second, UUID admin, UUID lee, UUID sam, String adminEmail) {
    }

    private final ApplicationContext spring;
    private final ReviewFixtures fixtures;

    public CalibrationFixtures(ApplicationContext spring) {
        this.spring = spring;
        this.fixtures = new ReviewFixtures(spring);
    }

    public Seeded seed() {
        Round first = fixtures.rollingRound();
        String adminEmail = ReviewFixtures.unique("calibration-admin");
        UUID admin = fixtures.admin(adminEmail);
        UUID lee = fixtures.assessor(admin, "Lee Lead", ReviewFixtures.unique("lee"), "senior", 3);
        UUID sam = fixtures.assessor(admin, "Sam Second", ReviewFixtures.unique("sam"), "cmalt", 0);
        assess(first, admin, lee, sam, "strong", "pass-with-distinction", "strong", "pass-with-distinction", false);
        assess(first, admin, lee, sam, "adequate", "pass", "revisions-required", "referral-minor", true);
        assess(first, admin, lee, sam, "revisions-required", "referral-minor", "revisions-required", "referral-minor", false);
        Round second = fixtures.rollingRound();
        assess(second, admin, lee, sam, "revisions-required", "referral-minor", "adequate", "pass", false);
        return new Seeded(first, second, admin, lee, sam, adminEmail);
    }

    private void assess(Round round, UUID admin, UUID lead, UUID second, String leadGrade, String leadOutcome,
                        String secondGrade, String secondOutcome, boolean secondSays1aDoesNotApply) {
        Assessment assessment = fixtures.allocated(round, admin, lead, second).assessment();
        submit(assessment, Place.Role.SECOND, secondGrade, secondOutcome, secondSays1aDoesNotApply);
        submit(assessment, Place.Role.LEAD, leadGrade, leadOutcome, false);
    }

    private void submit(Assessment assessment, Place.Role role, String grade, String outcome, boolean notApplicable1a) {
        Reviewing reviewing = spring.getBean(Reviewing.class);
        Place place = reviewing.currentPlace(assessment, role).orElseThrow();
        ReviewDraft draft = ReviewFixtures.complete(reviewing.sheet(assessment), grade, outcome);
        if (notApplicable1a) {
            draft.sections().put("1a#1", new ReviewDraft.Answer("not-applicable", null, "Does not apply here."));
        }
        var result = reviewing.submit(assessment, place, reviewing.reviewFor(assessment, place).version(), draft);
        if (!(result instanceof Reviewing.Saved)) {
            throw new IllegalStateException("Review not submitted: " + result);
        }
    }

    /** The rows every review grades, in the page's order. */
    public static final List<String> GRADE_ROWS = List.of("1a", "1b", "2a", "3a", "4a", "explore", "keep-up-to-date",
            "learn-from-colleagues", "communicate");
}
