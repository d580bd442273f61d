package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.Round;

/**
 * A candidate with a paid registration submits their portfolio into a fixed round, finds the receipt in their email,
 * goes on editing the live portfolio and sees the submitted snapshot unchanged; an incomplete portfolio is refused
 * with everything it still needs.
 */
class SubmissionJourneyTests extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+(/submissions/[0-9a-f-]{36})");

    @Autowired
    private ApplicationContext context;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Portfolios portfolios;

    private SubmissionFixtures fixtures;
    private String email;
    private UUID candidate;
    private Round round;

    @BeforeEach
    void candidateWithAPaidRegistration() {
        fixtures = new SubmissionFixtures(context);
        email = uniqueEmail("submitter");
        candidate = fixtures.candidate("Sam Submitter", email);
        fixtures.paidRegistration(candidate, "associate");
        round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
    }

    @Test
    void aCandidateSubmitsReadsTheReceiptAndTheSnapshotStaysAsSubmitted() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        signIn(email, SubmissionFixtures.PASSWORD);

        open("/portfolios/" + portfolio);
        assertThat(main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Submit").setExact(true))).isVisible();
        open("/rounds/" + round.id() + "/submit?portfolio=" + portfolio);
        assertThat(main().locator("#checklist")).containsText("Complete");
        assertThat(main()).containsText("conflicts of interest");
        main().getByLabel("Line manager's name").fill("Lin Manager");
        main().getByLabel("I confirm this is the portfolio I want assessed").check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit portfolio")).press("Enter");
        page.waitForURL(url -> url.endsWith("/submitted"));
        assertThat(page.locator("h1")).hasText("Portfolio submitted");
        String reference = main().locator(".panel strong").textContent();
        assertAccessible();

        String receipt = awaitEmail(email, "Portfolio received: " + reference).body();
        org.assertj.core.api.Assertions.assertThat(receipt).contains("Reference: " + reference).contains(round.name());
        Matcher link = LINK.matcher(receipt);
        org.junit.jupiter.api.Assertions.assertTrue(link.find(), "the receipt links to the submission:\n" + receipt);

        fixtures.rewrite(candidate, portfolio, "1a", "<p>Rewritten after submitting.</p>");
        open("/portfolios/" + portfolio + "/preview");
        assertThat(main()).containsText("Rewritten after submitting.");

        open(link.group(1));
        assertThat(page.locator("h1")).containsText(reference);
        assertThat(main()).containsText("What I did for 1a.");
        assertThat(main()).not().containsText("Rewritten after submitting.");

        open("/submissions");
        assertThat(main().locator("table")).containsText(reference);
        open("/home");
        assertThat(main()).containsText("Your submissions");

        open(link.group(1) + "/withdraw");
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw submission")).click();
        assertThat(main().locator(".notice")).containsText("has been withdrawn");
        assertAccessible();
    }

    @Test
    void anIncompletePortfolioIsRefusedWithEverythingItStillNeeds() {
        UUID portfolio = portfolios.start(candidate, "associate");
        signIn(email, SubmissionFixtures.PASSWORD);

        open("/rounds/" + round.id() + "/submit?portfolio=" + portfolio);
        main().getByLabel("I confirm this is the portfolio I want assessed").check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit portfolio")).click();
        page.waitForLoadState();

        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(main().locator(".error-summary")).containsText("Your portfolio is not complete yet");
        Locator items = main().locator("#checklist li");
        assertThat(items).hasCount(portfolios.missing(portfolio).size());
        assertThat(main().locator("#checklist")).containsText("The confirmation is not signed");
        assertThat(main().getByLabel("I confirm this is the portfolio I want assessed")).isChecked();
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM submission WHERE candidate_id = ?")
                .param(candidate).query(Integer.class).single()).isZero();
    }

    private Locator main() {
        return page.locator("main");
    }
}
