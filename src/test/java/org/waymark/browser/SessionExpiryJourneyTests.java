package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;

/**
 * A session that ends while someone is writing loses nothing, with or without JavaScript, and the timeout
 * warning lets them stay signed in (WCAG 2.2.1). This class runs its own application with a 30-second
 * session, so that the warning (shown max(10, timeout/5) = 10 seconds before the end) opens 20 seconds after
 * the page loads; the other journeys keep the 30-minute default.
 */
@TestPropertySource(properties = {"spring.session.timeout=30s", "server.servlet.session.timeout=30s"})
class SessionExpiryJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private Portfolios portfolios;

    @Autowired
    private JdbcClient jdbc;

    private UUID person;
    private String email;
    private String section;

    private void candidateWithPortfolio() {
        email = uniqueEmail("expiry");
        person = createPerson("Eve Expiry", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "associate");
        UUID id = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        section = "/portfolios/" + portfolio + "/sections/" + id;
    }

    /** Ends the person's sessions on the server, as a timeout or a sign-out on another node would. */
    private void endSessionOnTheServer() {
        int ended = jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?").param(person.toString()).update();
        assertTrue(ended > 0, "the person had a session to end");
    }

    private String savedDescription() {
        return jdbc.sql("SELECT description FROM portfolio_section WHERE id = ?")
                .param(UUID.fromString(section.substring(section.lastIndexOf('/') + 1))).query(String.class).single();
    }

    @Test
    void withJavaScriptTheTextStaysAndIsSavedAfterSigningInAgainInADialog() {
        candidateWithPortfolio();
        signIn(email, PASSWORD);
        open(section);
        page.locator("#description-editor").focus();
        page.keyboard().type("Written before the session ended.");
        assertThat(page.locator("#save-status")).containsText("Saved at", new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));

        endSessionOnTheServer();
        page.keyboard().type(" Written after it ended.");

        assertThat(page.locator("#session-expired")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(6_000));
        assertThat(page.locator("#session-expired")).containsText("Your session has ended");
        assertThat(page.locator("#description-editor")).containsText("Written before the session ended. Written after it ended.");
        assertThat(page.locator("#save-status")).containsText("Not saved");
        assertAccessible();

        // The dialog puts focus in its Email field.
        assertThat(page.locator("#resign-email")).isFocused();
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page.locator("#session-expired")).isHidden();
        assertThat(page.locator("#save-status")).containsText("Saved at", new LocatorAssertions.ContainsTextOptions().setTimeout(6_000));
        assertTrue(savedDescription().contains("Written after it ended."), savedDescription());
        assertAccessible();

        // Signed in again in this tab: the next page is there without another sign-in.
        open(section);
        assertThat(page.locator("#description-editor")).containsText("Written after it ended.");
    }

    @Test
    void withJavaScriptPressingSaveAfterTheSessionEndedAsksForThePasswordThenSaves() {
        candidateWithPortfolio();
        signIn(email, PASSWORD);
        open(section);
        page.locator("#description-editor").focus();
        page.keyboard().type("Saved by pressing Save after signing in again.");
        endSessionOnTheServer();
        tabToFocus("button[name=action][value=save]");
        page.keyboard().press("Enter");

        assertThat(page.locator("#session-expired")).isVisible();
        assertThat(page.locator("#description-editor")).containsText("Saved by pressing Save after signing in again.");
        assertThat(page.locator("#resign-email")).isFocused();
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page.locator("main .notice[role=status]")).containsText("Saved at");
        assertAccessible();
        assertTrue(savedDescription().contains("Saved by pressing Save after signing in again."), savedDescription());
        int revisions = jdbc.sql("SELECT count(*) FROM section_revision WHERE section_id = ?")
                .param(UUID.fromString(section.substring(section.lastIndexOf('/') + 1))).query(Integer.class).single();
        assertTrue(revisions >= 1, "Save kept a revision");
    }

    @Test
    void aTabWhoseTokenWentStaleAfterASignInElsewhereStillAutosaves() {
        candidateWithPortfolio();
        signIn(email, PASSWORD);
        open(section);
        com.microsoft.playwright.Page editor = page;

        // In another tab of the same browser: sign out and in again (a new session, a new CSRF token).
        page = context.newPage();
        open("/home");
        signOutButton().focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("signedOut"));
        signIn(email, PASSWORD);

        page = editor;
        page.bringToFront();
        page.locator("#description-editor").focus();
        page.keyboard().type("Typed in the older tab.");
        assertThat(page.locator("#save-status")).containsText("Saved at", new LocatorAssertions.ContainsTextOptions().setTimeout(8_000));
        assertThat(page.locator("#session-expired")).isHidden();
        assertTrue(savedDescription().contains("Typed in the older tab."), savedDescription());
    }

    @Test
    void withoutJavaScriptSaveAfterTheSessionEndedShowsTheTypedTextBack() {
        candidateWithPortfolio();
        BrowserContext noScript = newContext(false);
        page = noScript.newPage();
        signIn(email, PASSWORD);
        open(section);
        assertThat(page.locator(".rich-editor")).hasCount(0);
        page.locator("main textarea#description").focus();
        page.keyboard().type("Typed into a plain text area.");
        page.keyboard().press("Tab");
        assertThat(page.locator("main textarea#reflection")).isFocused();
        page.keyboard().type("A reflection, also kept.");

        endSessionOnTheServer();
        tabToFocus("button[name=action][value=save]");
        page.keyboard().press("Enter");

        assertThat(page.locator("h1")).hasText("Your session ended before this was saved");
        assertThat(page.locator("main")).containsText("not been saved yet");
        assertThat(page.getByLabel("Description")).hasValue("Typed into a plain text area.");
        assertThat(page.getByLabel("Reflection")).hasValue("A reflection, also kept.");
        assertAccessible();
        assertTrue(savedDescription().isEmpty(), savedDescription());
    }

    @Test
    void theTimeoutWarningOpensAndStaySignedInExtendsTheSession() {
        candidateWithPortfolio();
        signIn(email, PASSWORD);
        open(section);
        assertThat(page.locator("meta[name=waymark-session-timeout]")).hasAttribute("content", "30");
        long expiresBefore = sessionExpiry();

        // 30 s session, warned 10 s before the end: about 20 s after the last activity.
        assertThat(page.locator("#session-warning")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(25_000));
        assertThat(page.locator("#session-warning")).containsText("You will be signed out soon");
        assertThat(page.locator("#session-warning-remaining")).containsText("seconds");
        assertAccessible();

        assertThat(page.locator("#session-extend")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#session-warning")).isHidden();
        assertTrue(sessionExpiry() > expiresBefore, "Stay signed in moved the session's expiry on");

        // Still signed in, well after the original expiry would have ended the session.
        page.waitForTimeout(Math.max(0, expiresBefore - System.currentTimeMillis() + 1_000));
        open(section);
        assertThat(signOutButton()).isVisible();
    }

    @Test
    void whenTheWarningRunsOutTheEndedSessionIsSaidAtOnceAndTheTextStays() {
        candidateWithPortfolio();
        signIn(email, PASSWORD);
        open(section);
        page.locator("#description-editor").click();
        page.keyboard().type("Typed just before walking away.");
        // Autosave lands, then nothing happens for the whole 30 s session: warning at about 20 s, end at 30 s.
        assertThat(page.locator("#save-status")).containsText("Saved at", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        assertThat(page.locator("#session-warning")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(25_000));
        assertThat(page.locator("#session-expired")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(page.locator("#session-expired")).containsText("Your session has ended");
        assertThat(page.locator("#description-editor")).containsText("Typed just before walking away.");
        assertAccessible();
    }

    private long sessionExpiry() {
        return jdbc.sql("SELECT max(expiry_time) FROM spring_session WHERE principal_name = ?")
                .param(person.toString()).query(Long.class).single();
    }
}
