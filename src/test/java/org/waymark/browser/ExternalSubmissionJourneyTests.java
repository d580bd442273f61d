package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.waymark.account.Role;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.internal.RegistrationService;
import org.waymark.submission.RoundKind;
import org.waymark.submission.internal.ExternalSectionRows;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Rounds;

/** A candidate who wrote their portfolio in Google Sites submits the link and says where each section is. */
@TestPropertySource(properties = "waymark.evidence.storage-path=target/browser-evidence")
class ExternalSubmissionJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private RegistrationService registrations;
    @Autowired
    private Rounds rounds;
    @Autowired
    private FrameworkCatalogue catalogue;

    @Test
    void aCandidateSubmitsAGoogleSitesLinkWithASectionMapAndSeesTheReference() {
        String email = uniqueEmail("external");
        UUID candidate = createPerson("Gita Sites", email, PASSWORD, Role.CANDIDATE).id();
        String adminEmail = uniqueEmail("admin");
        UUID administrator = createPerson("Ada Admin", adminEmail, PASSWORD, Role.ADMINISTRATOR).id();
        RegistrationSummary registration = registrations.register(candidate, "cmalt", "GBP", RegistrationSummary.Payer.SELF, null, null);
        registrations.markPaid(administrator, registration.id(), null);
        Instant now = Instant.now();
        Round round = rounds.save(new Round(UUID.randomUUID(), "Spring external round", RoundKind.FIXED, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), null, null, null, null, false, null, null, now, now, null));

        signIn(email, PASSWORD);
        com.microsoft.playwright.Page candidatePage = page;
        open("/rounds/" + round.id() + "/submit-external");
        Locator main = page.locator("main");
        main.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("A link to a website (Google Sites, WordPress or similar)")).check();
        main.getByLabel("Link to your portfolio (if you are sending a link)").fill("https://sites.google.com/view/gita-cmalt");
        main.getByLabel("Access details (optional)").fill("Shared with cmalt-assessors@example.org");
        var rows = ExternalSectionRows.required(catalogue.current().pathway("cmalt"));
        for (ExternalSectionRows.Row row : rows) {
            if (!row.sectionKey().equals("2b")) {
                main.getByLabel(row.heading(), new Locator.GetByLabelOptions().setExact(true))
                        .fill("https://sites.google.com/view/gita-cmalt/" + row.id());
            }
        }
        main.getByLabel("I confirm that this portfolio is my own work and that the evidence in it is anonymised or used with permission.").check();
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit portfolio").setExact(true)).last().click();

        // One section left out: the page says which, keeps everything typed, and is still accessible.
        assertThat(main.locator(".error-summary")).containsText("Say where 2b An understanding of your target learners is: a page link or a heading");
        assertThat(main.getByLabel("Link to your portfolio (if you are sending a link)")).hasValue("https://sites.google.com/view/gita-cmalt");
        assertAccessible();
        main.getByLabel("2b An understanding of your target learners", new Locator.GetByLabelOptions().setExact(true))
                .fill("Heading \"2b Understanding my learners\"");
        main.getByLabel("2b An understanding of your target learners", new Locator.GetByLabelOptions().setExact(true)).press("Enter");

        assertThat(main.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Portfolio submitted"))).isVisible();
        assertThat(main.locator(".reference")).hasText(java.util.regex.Pattern.compile("SUB-\\d{4}-[A-Z2-9]{6}"));
        String reference = main.locator(".reference").textContent();
        assertAccessible();

        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("See your submission")).click();
        assertThat(main).containsText("https://sites.google.com/view/gita-cmalt");
        assertThat(main).containsText("Access details given: yes");
        assertThat(main).containsText("Heading \"2b Understanding my learners\"");
        assertThat(main).not().containsText("cmalt-assessors@example.org");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(awaitEmail(email, "Portfolio received: " + reference).body())
                .contains(round.name()).doesNotContain("cmalt-assessors@example.org");

        // The administrator checks it: the link, the access details only they see, the map; returns it with a message.
        page = newContext(true).newPage();
        signIn(adminEmail, PASSWORD);
        open("/admin/submissions?round=" + round.id());
        page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(reference))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gita Sites")).click();
        assertAccessible();
        Locator check = page.locator("main");
        assertThat(check).containsText("https://sites.google.com/view/gita-cmalt");
        assertThat(check).containsText("cmalt-assessors@example.org");
        assertThat(check).containsText("Heading \"2b Understanding my learners\"");
        String message = "The link asks for a Google sign-in. Please share the site with anyone who has the link.";
        check.getByLabel("Return to the candidate: your message").fill(message);
        check.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Return to the candidate")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(reference + " is returned to the candidate");
        assertAccessible();
        com.microsoft.playwright.Page adminPage = page;

        // The candidate reads why in their email, fixes the sharing and sends it again: still a first submission.
        org.assertj.core.api.Assertions.assertThat(awaitEmail(email, reference + " has been returned to you").body()).contains(message);
        page = candidatePage;
        open("/rounds/" + round.id() + "/submit-external");
        main.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("A link to a website (Google Sites, WordPress or similar)")).check();
        main.getByLabel("Link to your portfolio (if you are sending a link)").fill("https://sites.google.com/view/gita-cmalt");
        for (ExternalSectionRows.Row row : rows) {
            main.getByLabel(row.heading(), new Locator.GetByLabelOptions().setExact(true))
                    .fill("https://sites.google.com/view/gita-cmalt/" + row.id());
        }
        main.getByLabel("I confirm that this portfolio is my own work and that the evidence in it is anonymised or used with permission.").check();
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit portfolio").setExact(true)).last().click();
        assertThat(main.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Portfolio submitted"))).isVisible();
        assertAccessible();
        String again = main.locator(".reference").textContent();
        awaitEmail(email, "Portfolio received: " + again);

        // The administrator accepts it; the candidate is told when a decision is due.
        page = adminPage;
        open("/admin/submissions?round=" + round.id());
        Locator resubmitted = page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(again));
        assertThat(resubmitted).containsText("First submission");
        resubmitted.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gita Sites")).click();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Accept for assessment")).click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Yes, accept for assessment")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(again + " is accepted for assessment");
        org.assertj.core.api.Assertions.assertThat(awaitEmail(email, again + " is accepted for assessment").body())
                .contains("A decision is due by");
        page = candidatePage;

        // On a phone the form fits the screen: nothing makes the page itself scroll sideways.
        page.setViewportSize(390, 844);
        open("/rounds/" + round.id() + "/submit-external");
        org.junit.jupiter.api.Assertions.assertTrue(
                (Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "the submit-external page fits 390 px");
    }
}
