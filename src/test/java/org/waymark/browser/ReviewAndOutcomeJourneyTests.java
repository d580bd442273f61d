package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.waymark.assessment.ReviewFixtures;

/**
 * From two allocated assessors to the candidate reading their result: the second assessor's draft autosaves and is
 * submitted; the lead is told both are in, submits, sees the reviews side by side with the differences marked,
 * records a refused outcome first and then an allowed one; an administrator releases the rolling round's result after
 * a confirmation; the candidate reads the email and the outcome page. Every page passes axe.
 */
class ReviewAndOutcomeJourneyTests extends BrowserTest {

    private static final String PASSWORD = ReviewFixtures.PASSWORD;
    private static final LocatorAssertions.ContainsTextOptions WITHIN_AUTOSAVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);

    @Autowired
    ApplicationContext spring;

    @Test
    void twoReviewsAreReconciledReleasedAndReadByTheCandidate() {
        ReviewFixtures fixtures = new ReviewFixtures(spring);
        String adminEmail = uniqueEmail("admin");
        String candidateEmail = uniqueEmail("candidate");
        String leadEmail = uniqueEmail("lead");
        String secondEmail = uniqueEmail("second");
        ReviewFixtures.Allocated a = fixtures.allocated(fixtures.rollingRound(), adminEmail, candidateEmail, leadEmail, secondEmail);
        String review = "/assessor/assessments/" + a.assessment().id() + "/review";

        // The second assessor: a comment autosaves, survives a reload, and the complete review is submitted.
        signIn(secondEmail, PASSWORD);
        open(review);
        screenshotAs("review-form.png");
        main().locator("#grade-1a-1-adequate").check();
        main().getByLabel("Comment on 1a An understanding of the constraints and benefits of different technologies")
                .fill("Clear choices between tools, well argued.");
        assertThat(page.locator("#save-status")).containsText("Draft saved at", WITHIN_AUTOSAVE);
        assertAccessible();
        open(review);
        assertThat(main().locator("#comment-1a-1")).hasValue("Clear choices between tools, well argued.");
        assertThat(main().locator("#grade-1a-1-adequate")).isChecked();
        ReviewFormSteps.fill(main(), "adequate", "referral-minor", "Good work; 3a needs more evidence.");
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit review")).click();
        assertThat(main().locator(".notice")).containsText("Your review is submitted");
        assertThat(main().locator("#review-form")).hasCount(0);
        assertAccessible();
        signOutButton().click();

        // The lead: a submission with a grade missing says what and where, keeps the rest; then it goes in.
        signIn(leadEmail, PASSWORD);
        open(review);
        ReviewFormSteps.fill(main(), "strong", "pass", "A strong, reflective portfolio.");
        main().locator("input[name=grade-2a-1]").evaluateAll("els => els.forEach(e => e.checked = false)");
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit review")).click();
        assertThat(main().locator("#error-summary")).containsText("Choose a grade for 2a");
        assertThat(main().locator("#grade-2a-1-error")).containsText("Choose a grade for 2a");
        assertThat(main().locator("#feedback")).hasValue("A strong, reflective portfolio.");
        assertAccessible();
        main().locator("input[name=grade-2a-1][value=strong]").check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit review")).click();
        assertThat(main().locator(".notice")).containsText("Your review is submitted");

        // Both in: the lead is emailed, compares, is refused Fail (a first submission cannot fail), records Pass.
        Email bothIn = awaitEmail(leadEmail, "please reconcile");
        String reconcile = bothIn.body().substring(bothIn.body().indexOf("/assessor/assessments/")).lines().findFirst().orElseThrow().strip();
        open(reconcile);
        assertThat(main().locator("tr.differs").first()).containsText("Grades differ");
        assertThat(main().locator(".review-differences")).containsText("The grades differ on");
        screenshotAs("reconciliation.png");
        main().getByLabel("Fail", new Locator.GetByLabelOptions().setExact(true)).check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the agreed outcome")).click();
        assertThat(main().locator("#outcome-error")).containsText("Fail is not allowed for a first submission");
        assertAccessible();
        main().getByLabel("Pass", new Locator.GetByLabelOptions().setExact(true)).check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the agreed outcome")).click();
        assertThat(main().locator(".notice")).containsText("The agreed outcome, Pass, is recorded");
        assertAccessible();
        signOutButton().click();

        // An administrator releases it, after a confirmation.
        signIn(adminEmail, PASSWORD);
        open("/admin/assessments?round=" + a.round().id());
        main().locator("tbody a").first().click();
        assertAccessible();
        assertThat(main().locator("#assessment-status")).hasText("Decided");
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Release the results to the candidate")).click();
        assertAccessible();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, release the results")).click();
        assertThat(main().locator(".notice")).containsText("The results are released");
        assertThat(main().locator("#assessment-status")).hasText("Released");
        assertAccessible();
        signOutButton().click();

        // The candidate reads the email, then the outcome with both assessors' grades and feedback.
        Email result = awaitEmail(candidateEmail, "Your CMALT assessment result");
        assertThat(result.body()).contains("The outcome is: Pass.").doesNotContain("resubmit");
        String outcome = "/submissions/" + a.assessment().submissionId() + "/outcome";
        assertThat(result.body()).contains(outcome);
        signIn(candidateEmail, PASSWORD);
        open(outcome);
        assertThat(main().locator("h1")).hasText("Your assessment result: Pass");
        assertThat(main()).containsText("Clear choices between tools, well argued.");
        assertThat(main()).containsText("A strong, reflective portfolio.");
        assertThat(main()).containsText("Good work; 3a needs more evidence.");
    }

    private Locator main() {
        return page.locator("main");
    }
}
