package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.Round;

/**
 * What people do on deadline day without meaning to: press Back after submitting and submit again, submit the same
 * portfolio from two tabs, press Back after withdrawing and withdraw again. Each gets a plain answer, never an error
 * page, and exactly one submission is made.
 */
class SubmissionCarelessUseJourneyTests extends BrowserTest {

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void backAfterSubmittingAndASecondTabGetAPlainAnswerAndOneSubmission() {
        SubmissionFixtures fixtures = new SubmissionFixtures(context);
        String email = uniqueEmail("careless");
        UUID candidate = fixtures.candidate("Cal Careless", email);
        fixtures.paidRegistration(candidate, "associate");
        UUID portfolio = fixtures.completePortfolio(candidate);
        Round round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
        signIn(email, SubmissionFixtures.PASSWORD);

        // A second tab opens the same submit page before the first submits.
        Page secondTab = context().newPage();
        secondTab.navigate(url("/rounds/" + round.id() + "/submit?portfolio=" + portfolio));

        open("/rounds/" + round.id() + "/submit?portfolio=" + portfolio);
        submit(page);
        page.waitForURL(url -> url.endsWith("/submitted"));
        String reference = page.locator("main .panel strong").textContent();

        // Back to the form, submit again: told it is already in, with its reference; no second submission.
        page.goBack();
        page.waitForLoadState();
        submit(page);
        page.waitForLoadState();
        assertThat(page.locator("main")).containsText(reference);
        assertThat(page.locator("main")).not().containsText("Something went wrong");
        assertAccessible();
        assertSubmissions(candidate, 1);

        // The other tab, still showing the form, submits too: the same plain answer.
        Page firstTab = page;
        page = secondTab;
        submit(page);
        page.waitForLoadState();
        assertThat(page.locator("main")).containsText(reference);
        assertAccessible();
        assertSubmissions(candidate, 1);

        // Withdraw, press Back to the confirmation, withdraw again: told it is already withdrawn.
        page = firstTab;
        UUID submission = jdbc.sql("SELECT id FROM submission WHERE candidate_id = ?").param(candidate).query(UUID.class).single();
        open("/submissions/" + submission + "/withdraw");
        Locator confirm = page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw"));
        confirm.first().click();
        page.waitForLoadState();
        assertAccessible();
        page.goBack();
        page.waitForLoadState();
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw")).first().click();
        page.waitForLoadState();
        assertThat(page.locator("main")).not().containsText("Something went wrong");
        assertThat(page.locator("main")).containsText("withdrawn");
        assertAccessible();
    }

    private com.microsoft.playwright.BrowserContext context() {
        return page.context();
    }

    private static void submit(Page on) {
        Locator main = on.locator("main");
        main.getByLabel("I confirm this is the portfolio I want assessed").check();
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit portfolio")).click();
    }

    private void assertSubmissions(UUID candidate, int expected) {
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE candidate_id = ? AND status <> 'WITHDRAWN'")
                .param(candidate).query(Integer.class).single()).isEqualTo(expected);
    }
}
