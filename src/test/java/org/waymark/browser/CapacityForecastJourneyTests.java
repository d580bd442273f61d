package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.waymark.account.Role;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.Round;

/**
 * An administrator opens a round's capacity forecast from the round's page (readable, accessible, and on a phone),
 * then the proposed allocation of the submission accepted for assessment.
 */
class CapacityForecastJourneyTests extends BrowserTest {

    @Autowired
    private ApplicationContext spring;

    @Test
    void anAdministratorReadsTheCapacityForecastOfARound() {
        SubmissionFixtures fixtures = new SubmissionFixtures(spring);
        Round round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
        UUID candidate = fixtures.candidate();
        fixtures.paidRegistration(candidate, "associate");
        fixtures.completePortfolio(candidate);
        String admin = uniqueEmail("forecast-admin");
        UUID adminId = createPerson("Ada Admin", admin, "administrator password", Role.ADMINISTRATOR).id();
        UUID submitted = fixtures.candidate();
        fixtures.paidRegistration(submitted, "associate");
        UUID submission = spring.getBean(org.waymark.submission.internal.SubmissionService.class)
                .submit(submitted, fixtures.completePortfolio(submitted), round.id(), null, null, Instant.now()).id();
        spring.getBean(org.waymark.submission.internal.CompletenessCheck.class).accept(adminId, submission);

        signIn(admin, "administrator password");
        open("/admin/rounds/" + round.id());
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Capacity forecast")).click();
        assertThat(page.locator("h1")).hasText("Capacity forecast: " + round.name());
        assertThat(page.locator("main table")).containsText("Associate CMALT");
        assertThat(page.locator("#verdict")).isVisible();
        assertAccessible();
        screenshotAs("capacity-forecast.png");

        page.setViewportSize(390, 844);
        open("/admin/assessors/forecast/" + round.id());
        org.junit.jupiter.api.Assertions.assertTrue(
                (Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "the forecast fits 390 px (the table scrolls inside its own box)");
        screenshotAs("capacity-forecast-phone.png");

        // The proposed allocation of what has been accepted, from the round's page.
        page.setViewportSize(1280, 900);
        open("/admin/rounds/" + round.id());
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Proposed allocation")).click();
        assertThat(page.locator("h1")).hasText("Allocation: " + round.name());
        assertThat(page.locator("main table")).containsText("Associate CMALT");
        assertAccessible();
        screenshotAs("allocation-proposal.png");
    }
}
