package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.Role;
import org.waymark.platform.UkTime;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.Round;

/**
 * The proof: a late submission refused and then accepted with an extension. A candidate with a paid
 * registration and a complete portfolio misses a fixed deadline by a minute and is refused with the deadline in UK
 * time; they ask for an extension on the round's page; an administrator, signed in in another browser, sees the
 * request on the round's extensions page and grants it; the candidate then submits and reads the receipt.
 */
class LateSubmissionJourneyTests extends BrowserTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    private ApplicationContext spring;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private UkTime ukTime;

    @Test
    void aLateSubmissionIsRefusedThenAcceptedWithAnExtension() {
        SubmissionFixtures fixtures = new SubmissionFixtures(spring);
        String email = uniqueEmail("late");
        UUID candidate = fixtures.candidate("Lou Late", email);
        fixtures.paidRegistration(candidate, "associate");
        UUID portfolio = fixtures.completePortfolio(candidate);
        // The application runs on the system clock: the deadline was a minute ago.
        Round round = fixtures.fixedRound(Instant.now().minus(Duration.ofMinutes(1)));
        String deadline = ukTime.deadline(round.closesAt());
        String admin = uniqueEmail("admin");
        createPerson("Ada Admin", admin, "administrator password", Role.ADMINISTRATOR);
        Page candidatePage = page;

        // Refused, with the deadline in UK time.
        signIn(email, SubmissionFixtures.PASSWORD);
        open("/rounds/" + round.id());
        assertThat(main().locator("#submit-portfolio")).containsText("The deadline for " + round.name() + " was " + deadline);
        open("/rounds/" + round.id() + "/submit?portfolio=" + portfolio);
        assertThat(main().locator("#round")).containsText(deadline);
        main().getByLabel("I confirm this is the portfolio I want assessed").check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit portfolio")).click();
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(main().locator(".error-summary")).containsText("The deadline for " + round.name() + " was " + deadline);
        assertAccessible();
        assertSubmissions(candidate, 0);

        // The candidate asks for more time on the round's page.
        open("/rounds/" + round.id());
        main().getByLabel("Why you need more time").fill("My laptop died on the morning of the deadline.");
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask for an extension")).click();
        assertThat(main().getByRole(AriaRole.STATUS)).containsText("Your request has been sent");
        assertThat(main().locator("#your-requests")).containsText("waiting for an answer");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(awaitEmail(admin, "Extension asked for: Lou Late").body())
                .contains("My laptop died on the morning of the deadline.")
                .contains("/admin/rounds/" + round.id() + "/extensions");

        // An administrator, in a browser of their own, grants it until tomorrow at 17:00 UK time.
        LocalDate tomorrow = LocalDate.now(UK).plusDays(1);
        Instant until = tomorrow.atTime(LocalTime.of(17, 0)).atZone(UK).toInstant();
        page = newContext(true).newPage();
        signIn(admin, "administrator password");
        open("/admin/rounds/" + round.id() + "/extensions");
        Locator request = main().getByRole(AriaRole.ARTICLE, new Locator.GetByRoleOptions().setName("Lou Late (" + email + ")"));
        assertThat(request).containsText("My laptop died");
        request.getByLabel("Extended until (date)").fill(tomorrow.toString());
        request.getByLabel("Extended until (time, UK)").fill("17:00");
        request.getByLabel("Why it is granted (the candidate reads this)").fill("A day to recover the work.");
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Grant the extension")).click();
        assertThat(main().getByRole(AriaRole.STATUS)).containsText("Extension granted to Lou Late.");
        assertThat(main().locator("table")).containsText(ukTime.format(until));
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(awaitEmail(email, "Extension granted for " + round.name()).body())
                .contains("A day to recover the work.");

        // Back in the candidate's browser: the extension shows, and the portfolio goes in.
        page = candidatePage;
        open("/rounds/" + round.id());
        assertThat(main().locator("#your-extension")).containsText(ukTime.format(until));
        assertThat(main().locator("#your-extension")).containsText("A day to recover the work.");
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Submit your portfolio")).click();
        page.waitForURL(url -> url.contains("/submit"));
        assertAccessible();
        assertThat(main().locator("#round")).hasCount(0);
        assertThat(main()).containsText(ukTime.format(until));
        main().getByLabel("I confirm this is the portfolio I want assessed").check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit portfolio")).press("Enter");
        page.waitForURL(url -> url.endsWith("/submitted"));
        assertThat(page.locator("h1")).hasText("Portfolio submitted");
        String reference = main().locator(".panel strong").textContent();
        assertAccessible();
        assertSubmissions(candidate, 1);

        String receipt = awaitEmail(email, "Portfolio received: " + reference).body();
        org.assertj.core.api.Assertions.assertThat(receipt).contains("Reference: " + reference).contains(round.name());
    }

    private void assertSubmissions(UUID candidate, int expected) {
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE candidate_id = ?")
                .param(candidate).query(Integer.class).single()).isEqualTo(expected);
    }

    private Locator main() {
        return page.locator("main");
    }
}
