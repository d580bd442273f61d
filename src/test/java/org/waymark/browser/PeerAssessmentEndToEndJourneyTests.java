package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.waymark.account.Role;
import org.waymark.assessment.ReviewFixtures;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Round;

/**
 * Issue 9's proof, in one journey through the browser: from a submission accepted for assessment in a rolling round
 * and two assessors in the pool (the only things made directly) to the candidate's award. The administrator allocates;
 * both assessors read the offer in their email, accept, open the portfolio and review; the lead reconciles to a minor
 * referral; the administrator releases; the candidate reads the email and the outcome with both assessors' grades and
 * feedback, revises a section and resubmits with a summary; the administrator accepts the resubmission and allocates
 * it to the same assessors (proposed again); the assessor reads what changed, word by word; both review; the lead
 * records Pass; it is released and the candidate reads the Pass and the certificate email. Every page visited passes
 * axe-core (WCAG 2.2 AA).
 */
class PeerAssessmentEndToEndJourneyTests extends BrowserTest {

    private static final String PASSWORD = ReviewFixtures.PASSWORD;
    private static final LocatorAssertions.ContainsTextOptions SLOW_SAVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

    @Autowired
    private ApplicationContext spring;

    @Test
    void aSubmissionIsAllocatedReviewedReferredResubmittedAndPasses() {
        // The starting point: an accepted submission in a rolling round, and two assessors in the pool.
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        ReviewFixtures reviewFixtures = new ReviewFixtures(spring);
        SubmissionFixtures submissionFixtures = new SubmissionFixtures(spring);
        String adminEmail = uniqueEmail("e2e-admin");
        String candidateEmail = uniqueEmail("e2e-candidate");
        String leadEmail = uniqueEmail("e2e-lead");
        String secondEmail = uniqueEmail("e2e-second");
        String candidateName = "Cleo Candidate " + suffix;
        String lead = "Lior Lead " + suffix;
        String second = "Suri Second " + suffix;
        UUID admin = createPerson("Ada Admin", adminEmail, PASSWORD, Role.ADMINISTRATOR).id();
        UUID candidate = submissionFixtures.candidate(candidateName, candidateEmail);
        submissionFixtures.paidRegistration(candidate, "associate");
        UUID portfolio = submissionFixtures.completePortfolio(candidate);
        Round round = submissionFixtures.rollingRound();
        Submitting submitting = spring.getBean(Submitting.class);
        UUID firstId = submitting.submit(candidate, portfolio, round.id(), Instant.now());
        spring.getBean(CompletenessCheck.class).accept(admin, firstId);
        String first = submitting.find(firstId).orElseThrow().reference();
        reviewFixtures.assessor(admin, lead, leadEmail, "senior", 3);
        reviewFixtures.assessor(admin, second, secondEmail, "cmalt", 0);

        // 1. The administrator allocates the round: the proposal, their choice of two, confirmed.
        signInAs(adminEmail, PASSWORD);
        allocate(round, first, lead, second);
        signOut();

        // 2. Both assessors read the offer, accept, open the portfolio and review it.
        acceptAndReview(secondEmail, first, "second assessor", "adequate", "referral-minor",
                "Sound practice; 1b needs your learners' view.", false);
        acceptAndReview(leadEmail, first, "lead assessor", "strong", "referral-minor",
                "Strong reflection overall; add the learners' view to 1b.", false);

        // 3. The lead, emailed once both are in, reconciles to a minor referral.
        reconcile(leadEmail, first, "Referral - minor revisions");

        // 4. The administrator releases the rolling round's result; the candidate reads the email and the outcome.
        release(adminEmail, round, first);
        Email result = awaitEmail(candidateEmail, "Your CMALT assessment result for " + first);
        assertThat(result.body()).contains("The outcome is: Referral - minor revisions.").contains("resubmit");
        String outcome = "/submissions/" + firstId + "/outcome";
        assertThat(result.body()).contains(outcome);
        signInAs(candidateEmail, PASSWORD);
        open(outcome);
        assertThat(main().locator("h1")).hasText("Your assessment result: Referral - minor revisions");
        assertThat(main().locator("#resubmit-by")).not().isEmpty();
        Locator grades = main().getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Grades from your assessors, row by row"));
        assertThat(grades.locator("thead")).containsText("Lead assessor");
        assertThat(grades.locator("thead")).containsText("Second assessor");
        assertThat(grades.locator("tbody")).containsText("Strong");
        assertThat(grades.locator("tbody")).containsText("Adequate");
        assertThat(main()).containsText("Sound practice; 1b needs your learners' view.");
        assertThat(main()).containsText("Strong reflection overall; add the learners' view to 1b.");
        assertThat(main()).not().containsText(lead);
        assertThat(main()).not().containsText(second);

        // 5. The candidate revises 1b and resubmits with a summary of what changed.
        reviseSection(portfolio, "1b", "What I changed for 1b, with my learners' views.");
        open("/submissions/" + firstId);
        assertThat(main().locator("#referral")).containsText("Referral - minor revisions");
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Resubmit").setExact(true)).click();
        page.waitForURL(url -> url.endsWith("/resubmit"));
        assertAccessible();
        main().getByLabel(round.name()).check();
        main().getByLabel("Summary of what you changed").fill("I added my learners' views to 1b.");
        main().getByLabel("I confirm this is the portfolio I want assessed again").check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resubmit portfolio")).click();
        page.waitForURL(url -> url.endsWith("/submitted"));
        assertAccessible();
        open("/submissions/" + firstId);
        Locator resubmittedAs = main().locator("#referral").getByText("You resubmitted it as").getByRole(AriaRole.LINK);
        String again = resubmittedAs.textContent().strip();
        String againHref = resubmittedAs.getAttribute("href");
        UUID againId = UUID.fromString(againHref.substring(againHref.lastIndexOf('/') + 1));
        assertThat(again).isNotEqualTo(first);
        assertThat(awaitEmail(candidateEmail, "Portfolio received: " + again).body()).contains("Resubmission");
        signOut();

        // 6. The administrator accepts the resubmission and allocates it: the same assessors are proposed again.
        signInAs(adminEmail, PASSWORD);
        open("/admin/submissions");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(again));
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(candidateName)).click();
        assertAccessible();
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Accept for assessment")).click();
        assertAccessible();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, accept for assessment")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(again + " is accepted for assessment");
        assertAccessible();
        open("/admin/assessors/allocation/" + round.id());
        List<String> proposed = List.of(selectedLabel("lead assessor for " + again), selectedLabel("second assessor for " + again));
        assertThat(proposed).as("the referred portfolio's lead is proposed again").contains(lead);
        allocate(round, again, lead, second);
        signOut();

        // Both accept; the second assessor reads what changed (the summary and the words of 1b) and both review.
        String changedWords = acceptAndReview(secondEmail, again, "second assessor", "strong", "pass",
                "The learners' view in 1b settles it.", true);
        assertThat(changedWords).contains("changed");
        acceptAndReview(leadEmail, again, "lead assessor", "strong", "pass", "A clear pass after revision.", false);

        // 7. The lead records Pass; the administrator releases it; the candidate reads the Pass and gets the certificate.
        reconcile(leadEmail, again, "Pass");
        release(adminEmail, round, again);
        Email passed = awaitEmail(candidateEmail, "Your CMALT assessment result for " + again);
        assertThat(passed.body()).contains("The outcome is: Pass.").doesNotContain("resubmit");
        signInAs(candidateEmail, PASSWORD);
        open("/submissions/" + againId + "/outcome");
        assertThat(main().locator("h1")).hasText("Your assessment result: Pass");
        assertThat(main().locator("#outcome")).hasText("Pass");
        assertThat(main()).containsText("The learners' view in 1b settles it.");
        assertThat(main()).containsText("A clear pass after revision.");
        Email certificate = awaitEmail(candidateEmail, "Your certificate");
        assertThat(certificate.body()).contains("Congratulations");
    }

    /** On the allocation page: the proposal is shown; the administrator chooses these two and confirms. */
    private void allocate(Round round, String reference, String lead, String second) {
        open("/admin/assessors/allocation/" + round.id());
        assertThat(main().locator("h1")).hasText("Allocation: " + round.name());
        assertThat(main().locator("#proposal")).containsText(reference);
        main().getByLabel("lead assessor for " + reference).selectOption(new SelectOption().setLabel(lead));
        main().getByLabel("second assessor for " + reference).selectOption(new SelectOption().setLabel(second));
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm allocation")).click();
        assertThat(main().locator("#notice")).containsText("Allocation confirmed: 1 submission allocated");
        Locator confirmed = main().locator("#confirmed tr", new Locator.LocatorOptions().setHasText(reference));
        assertThat(confirmed).containsText(lead + " (offered)");
        assertThat(confirmed).containsText(second + " (offered)");
        assertAccessible();
    }

    /**
     * The assessor reads the offer email, signs in, accepts, opens the portfolio (and, for a resubmission when
     * {@code readChanges}, what changed), fills and submits the review. Returns the inserted words seen, if read.
     */
    private String acceptAndReview(String email, String reference, String role, String grade, String outcome,
                                   String feedback, boolean readChanges) {
        Email offer = awaitEmail(email, "You have been asked to assess " + reference);
        assertThat(offer.body()).contains(role).contains("/assessor");
        signInAs(email, PASSWORD);
        open("/assessor");
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept " + reference)).click();
        assertThat(main().locator("#notice")).containsText("you are the " + role);
        assertAccessible();
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference).setExact(true)).click();
        assertThat(main().locator("h1")).hasText("Assessing " + reference);
        assertAccessible();
        assertThat(main().locator(".snapshot")).containsText("What I ");
        String inserted = "";
        if (readChanges) {
            main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("What changed since the referred portfolio")).click();
            assertThat(main().locator("h1")).hasText("What changed in " + reference);
            assertAccessible();
            assertThat(main().locator(".change-summary")).hasText("I added my learners' views to 1b.");
            assertThat(main().locator(".changes h3").first()).containsText("1b");
            Locator added = main().locator(".changes-text ins", new Locator.LocatorOptions().setHasText("changed"));
            Locator removed = main().locator(".changes-text del", new Locator.LocatorOptions().setHasText("did"));
            assertThat(added).hasCount(1);
            assertThat(removed).hasCount(1);
            assertThat(added.locator(".visually-hidden").first()).hasText("(added: ");
            assertThat(removed.locator(".visually-hidden").first()).hasText("(removed: ");
            assertThat(main().locator(".changes-text ins").last()).containsText("learners");
            assertThat(main().locator(".changes")).containsText("Sections without changes");
            inserted = String.join(" ", main().locator(".changes-text ins").allTextContents());
            main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Back to the assessment")).click();
            assertAccessible();
        }
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Write your review")).click();
        page.waitForURL(url -> url.endsWith("/review"));
        assertAccessible();
        ReviewFormSteps.fill(main(), grade, outcome, feedback);
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit review")).click();
        // Submitting first waits for any autosave in flight and checks the session: given more than a click's wait.
        assertThat(main().locator(".notice")).containsText("Your review is submitted", SLOW_SAVE);
        assertThat(main().locator("#review-form")).hasCount(0);
        assertAccessible();
        signOut();
        return inserted;
    }

    /** The lead follows the "please reconcile" email, compares the two reviews and records the agreed outcome. */
    private void reconcile(String leadEmail, String reference, String outcomeName) {
        Email bothIn = awaitEmail(leadEmail, "Both reviews of " + reference + " are in");
        String body = bothIn.body();
        String link = body.substring(body.indexOf("/assessor/assessments/")).lines().findFirst().orElseThrow().strip();
        signInAs(leadEmail, PASSWORD);
        open(link);
        assertThat(main().locator(".review-differences")).isVisible();
        main().getByLabel(outcomeName, new Locator.GetByLabelOptions().setExact(true)).check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the agreed outcome")).click();
        assertThat(main().locator(".notice")).containsText("The agreed outcome, " + outcomeName + ", is recorded");
        assertAccessible();
        signOut();
    }

    /** An administrator releases a rolling round's decided result, after the confirmation. */
    private void release(String adminEmail, Round round, String reference) {
        signInAs(adminEmail, PASSWORD);
        open("/admin/assessments?round=" + round.id());
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference).setExact(true)).click();
        assertAccessible();
        assertThat(main().locator("#assessment-status")).hasText("Decided");
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Release the results to the candidate")).click();
        assertAccessible();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yes, release the results")).click();
        assertThat(main().locator(".notice")).containsText("The results are released");
        assertThat(main().locator("#assessment-status")).hasText("Released");
        assertAccessible();
        signOut();
    }

    /** The candidate opens a section from their portfolio, replaces its description by typing, and saves. */
    private void reviseSection(UUID portfolio, String key, String description) {
        open("/portfolios/" + portfolio);
        main().locator("ol.checklist").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^" + key + " "))).click();
        page.waitForURL(url -> url.contains("/sections/"));
        assertAccessible();
        Locator editor = page.locator("#description-editor");
        assertThat(editor).containsText("What I did for " + key + ".");
        editor.focus();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type(description);
        // The editor may keep a typed space as a no-break space, so a word is matched, not the spaces (and the
        // pattern runs as a JavaScript regular expression: letters only).
        String last = description.substring(description.lastIndexOf(' ') + 1).replaceAll("[^A-Za-z]", "");
        assertThat(page.locator("#description")).hasValue(Pattern.compile(last));
        assertThat(page.locator("#description")).not().hasValue(Pattern.compile("What I did"));
        page.locator("button[name=action][value=save]").click();
        assertThat(page.locator("main .notice[role=status]")).containsText("Saved at", SLOW_SAVE);
        assertThat(editor).containsText(last);
        assertThat(editor).not().containsText("What I did");
        assertAccessible();
    }

    /** Signs in as in every journey, and checks the page that lands with axe too. */
    private void signInAs(String email, String password) {
        signIn(email, password);
        assertAccessible();
    }

    /** Signs out through the header's button, and checks the page it arrives at. */
    private void signOut() {
        signOutButton().click();
        assertThat(signOutButton()).hasCount(0);
        assertAccessible();
    }

    private String selectedLabel(String label) {
        return (String) main().getByLabel(label).evaluate("s => s.selectedIndex < 0 ? '' : s.options[s.selectedIndex].text");
    }

    private Locator main() {
        return page.locator("main");
    }
}
