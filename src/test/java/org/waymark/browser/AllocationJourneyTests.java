package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.waymark.account.Role;
import org.waymark.assessment.Assessors;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.submission.RoundKind;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Rounds;
import org.waymark.submission.internal.SubmissionService;

/**
 * An administrator chooses the assessors of a blind round's submission and confirms; the second assessor reads the
 * email, accepts, opens the portfolio (no candidate's name, a blind notice) and one of its files; the lead declines
 * with a reason; the administrator is told, sees the open place with a proposed replacement, and offers it; the
 * replacement is emailed. Every page checked with axe-core.
 */
class AllocationJourneyTests extends BrowserTest {

    private static final String PASSWORD = "assessor password";

    @Autowired
    private ApplicationContext spring;

    @Test
    void anAllocationIsConfirmedAnsweredAndAnOpenPlaceFilledAgain() {
        SubmissionFixtures fixtures = new SubmissionFixtures(spring);
        String suffix = UUID.randomUUID().toString().substring(0, 5);
        Instant now = Instant.now();
        Instant closes = now.plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Round round = spring.getBean(Rounds.class).save(new Round(UUID.randomUUID(), "Blind " + suffix, RoundKind.FIXED,
                now.minus(Duration.ofDays(1)), closes, null, null, closes.plus(Duration.ofDays(60)), null, true, null,
                null, now, now, null));
        String admin = uniqueEmail("allocation-admin");
        UUID adminId = createPerson("Ada Admin", admin, PASSWORD, Role.ADMINISTRATOR).id();
        UUID candidate = fixtures.candidate("Cara Candidate " + suffix, uniqueEmail("allocation-candidate"));
        fixtures.paidRegistration(candidate, "associate");
        UUID portfolio = fixtures.completePortfolio(candidate);
        spring.getBean(EvidenceLibrary.class).addFile(portfolio, candidate, "workshop-notes.txt", 14,
                new ByteArrayResource("workshop notes".getBytes()), new EvidenceDetails("Workshop notes", null, null, true));
        var submission = spring.getBean(SubmissionService.class).submit(candidate, portfolio, round.id(), null, null, Instant.now());
        spring.getBean(CompletenessCheck.class).accept(adminId, submission.id());

        Assessors assessors = spring.getBean(Assessors.class);
        String leadEmail = uniqueEmail("allocation-lead");
        String secondEmail = uniqueEmail("allocation-second");
        String otherEmail = uniqueEmail("allocation-other");
        String lead = "Lena Lead " + suffix;
        String second = "Sol Second " + suffix;
        String other = "Olu Other " + suffix;
        createPerson(lead, leadEmail, PASSWORD, Role.CANDIDATE);
        createPerson(second, secondEmail, PASSWORD, Role.CANDIDATE);
        createPerson(other, otherEmail, PASSWORD, Role.CANDIDATE);
        assessors.add(adminId, leadEmail, "cmalt", "University of Hull", List.of(), 5, 3);
        assessors.add(adminId, secondEmail, "cmalt", "University of Bath", List.of(), 5, 0);
        assessors.add(adminId, otherEmail, "cmalt", "University of Kent", List.of(), 5, 4);

        // The administrator chooses who assesses (whoever the solver proposed from the shared pool) and confirms.
        signIn(admin, PASSWORD);
        open("/admin/assessors/allocation/" + round.id());
        assertThat(page.locator("h1")).hasText("Allocation: " + round.name());
        assertThat(page.locator("#blind-round")).containsText("Blind assessment");
        page.getByLabel("lead assessor for " + submission.reference()).selectOption(new SelectOption().setLabel(lead));
        page.getByLabel("second assessor for " + submission.reference()).selectOption(new SelectOption().setLabel(second));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Confirm allocation")).click();
        assertThat(page.locator("#notice")).containsText("Allocation confirmed: 1 submission allocated");
        assertThat(page.locator("#confirmed")).containsText(lead + " (offered)");
        assertThat(page.locator("#confirmed")).containsText(second + " (offered)");
        assertAccessible();
        screenshotAs("allocation-confirmed.png");
        signOutButton().click();

        // The second assessor reads the email, accepts, and opens the portfolio and its file.
        var offer = awaitEmail(secondEmail, "You have been asked to assess " + submission.reference());
        Assertions.assertTrue(offer.body().contains("second assessor") && offer.body().contains("/assessor")
                && offer.body().contains("blind assessment") && !offer.body().contains("Cara Candidate"), offer.body());
        signIn(secondEmail, PASSWORD);
        open("/assessor");
        assertThat(page.locator("h1")).hasText("Your assessments");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Accept " + submission.reference())).click();
        assertThat(page.locator("#notice")).containsText("you are the second assessor");
        assertAccessible();
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(submission.reference()).setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Assessing " + submission.reference());
        assertThat(page.locator("#blind-notice")).containsText("Blind assessment");
        assertThat(page.locator("main")).not().containsText("Cara Candidate");
        assertAccessible();
        Download download = page.waitForDownload(() -> page.locator("#snapshot-evidence")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Workshop notes")).click());
        try {
            Assertions.assertEquals("workshop notes", Files.readString(download.path()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        Assertions.assertEquals("workshop-notes.txt", download.suggestedFilename());
        signOutButton().click();

        // The lead declines, giving a reason (refused without one, the page keeps what was typed).
        awaitEmail(leadEmail, "You have been asked to assess " + submission.reference());
        signIn(leadEmail, PASSWORD);
        open("/assessor");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Decline " + submission.reference())).click();
        assertThat(page.locator(".error-summary")).containsText("Say why you are declining");
        assertAccessible();
        page.getByLabel("Why you are declining " + submission.reference()).fill("Away at a conference that fortnight");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Decline " + submission.reference())).click();
        assertThat(page.locator("#notice")).containsText("You have declined");
        assertThat(page.locator("#no-places")).hasCount(0);
        assertAccessible();
        signOutButton().click();

        // The administrator is told, and offers the open place to the proposed replacement (or chooses another).
        var declined = awaitEmail(admin, "declined to assess " + submission.reference());
        Assertions.assertTrue(declined.body().contains("Away at a conference that fortnight"), declined.body());
        signIn(admin, PASSWORD);
        open("/admin/assessors/allocation/" + round.id());
        assertThat(page.locator("#confirmed")).containsText("Open place");
        assertThat(page.locator("#confirmed")).containsText("Away at a conference that fortnight");
        Locator replacement = page.getByLabel("Proposed replacement as lead on " + submission.reference());
        Assertions.assertFalse(replacement.inputValue().isEmpty(), "a replacement is proposed");
        replacement.selectOption(new SelectOption().setLabel(other));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Offer the place as lead on " + submission.reference())).click();
        assertThat(page.locator("#notice")).containsText("offered to " + other);
        assertThat(page.locator("#confirmed")).containsText(other + " (offered)");
        assertThat(page.locator("#confirmed")).containsText(second + " (accepted)");
        assertAccessible();
        awaitEmail(otherEmail, "You have been asked to assess " + submission.reference());
    }
}
