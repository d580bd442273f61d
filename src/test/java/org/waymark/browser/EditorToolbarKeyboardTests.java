package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;

/** The editor's formatting toolbars by keyboard: one tab stop each, arrow keys inside, pressed states, the link dialog. */
class EditorToolbarKeyboardTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String TOOLBAR = "[role=toolbar][aria-label='Description formatting']";

    @Autowired
    private Portfolios portfolios;

    @Autowired
    private JdbcClient jdbc;

    private UUID section;

    @BeforeEach
    void candidateOnTheFirstSection() {
        String email = uniqueEmail("toolbar");
        UUID person = createPerson("Tess Toolbar", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "cmalt");
        section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        signIn(email, PASSWORD);
        open("/portfolios/" + portfolio + "/sections/" + section);
    }

    private Locator button(String name) {
        return page.locator(TOOLBAR + " button", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name)).first();
    }

    @Test
    void eachToolbarIsOneTabStopAndArrowKeysMoveWithinIt() {
        tabToFocus(TOOLBAR + " button");
        assertTrue(focusedMatches(TOOLBAR + " button:text-is('Bold')"), "Tab arrives on the first button");
        page.keyboard().press("ArrowRight");
        assertTrue(focusedMatches(TOOLBAR + " button:text-is('Italic')"));
        page.keyboard().press("End");
        assertTrue(focusedMatches(TOOLBAR + " button:text-is('Table')"));
        page.keyboard().press("ArrowRight");
        assertTrue(focusedMatches(TOOLBAR + " button:text-is('Bold')"), "the arrow wraps round");
        page.keyboard().press("ArrowLeft");
        assertTrue(focusedMatches(TOOLBAR + " button:text-is('Table')"));
        page.keyboard().press("Home");
        assertTrue(focusedMatches(TOOLBAR + " button:text-is('Bold')"));
        assertThat(page.locator(TOOLBAR + " button[tabindex='0']")).hasCount(1);

        page.keyboard().press("Tab");
        assertTrue(focusedMatches("#description-editor"), "one Tab leaves the toolbar for its editor");
        page.keyboard().press("Shift+Tab");
        assertTrue(focusedMatches(TOOLBAR + " button:text-is('Bold')"), "Shift+Tab comes back to the same button");
        assertAccessible();
    }

    @Test
    void buttonsShowWhetherTheirFormattingIsOnWhereTheCaretIs() {
        page.locator("#description-editor").focus();
        page.keyboard().type("plain then bold");
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("Shift+ArrowLeft");
        }
        assertThat(button("Bold")).hasAttribute("aria-pressed", "false");
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Enter");
        assertThat(button("Bold")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#description-editor b, #description-editor strong")).hasText("bold");

        page.locator("#description-editor").focus();
        page.keyboard().press("Home");
        assertThat(button("Bold")).hasAttribute("aria-pressed", "false");
        assertThat(button("Heading")).hasAttribute("aria-pressed", "false");
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Enter");
        assertThat(button("Heading")).hasAttribute("aria-pressed", "true");
        // The editor shows the candidate's heading at the level every page shows it; it is stored as h2.
        assertThat(page.locator("#description-editor h4")).containsText("plain then bold");
        assertThat(page.locator("#save-status")).containsText("Saved at", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        // "Saved at" may still show an earlier autosave while the last one is on its way: wait for the stored text.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String stored = storedDescription();
            assertTrue(stored.startsWith("<h2>plain then "), stored);
        });
        assertAccessible();
    }

    @Test
    void theLinkButtonOpensADialogThatChecksTheAddressAndInsertsTheLink() {
        page.locator("#description-editor").focus();
        page.keyboard().type("See the report");
        for (int i = 0; i < 6; i++) {
            page.keyboard().press("Shift+ArrowLeft");
        }
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("End");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        assertTrue(focusedMatches(TOOLBAR + " button:text-is('Link')"));
        page.keyboard().press("Enter");

        Locator dialog = page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Insert a link"));
        assertThat(dialog).isVisible();
        assertTrue(focusedMatches("#link-dialog-url"), "focus starts in the address field");
        assertAccessible();
        screenshot("link-dialog");

        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("intranet report");
        page.keyboard().press("Enter");
        assertThat(page.locator("#link-dialog-error")).isVisible();
        assertThat(page.locator("#link-dialog-error")).containsText("starts with https://");
        assertThat(page.locator("#link-dialog-url")).hasAttribute("aria-invalid", "true");
        assertTrue(focusedMatches("#link-dialog-url"));
        assertAccessible();

        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("https://example.org/report");
        page.keyboard().press("Enter");
        assertThat(dialog).isHidden();
        assertTrue(focusedMatches("#description-editor"), "focus returns to the editor");
        assertThat(page.locator("#description-editor a[href='https://example.org/report']")).hasText("report");
        assertThat(page.locator("#save-status")).containsText("Saved at", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String stored = storedDescription();
            assertTrue(stored.contains("<a href=\"https://example.org/report\" rel=\"noopener noreferrer\">report</a>"), stored);
        });

        // Cancel (Escape) leaves the text alone and returns to the editor.
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Enter");
        assertThat(dialog).isVisible();
        page.keyboard().press("Escape");
        assertThat(dialog).isHidden();
        assertTrue(focusedMatches("#description-editor"));
        assertAccessible();
    }

    @Test
    void theToolbarAndTheLinkDialogFitAPhone() {
        page.setViewportSize(390, 844);
        page.reload();
        assertAccessible();
        assertTrue((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= 390"), "nothing is wider than the phone");
        screenshot("editor-phone");
        page.locator("#description-editor").focus();
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("End");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("Enter");
        assertThat(page.locator("#link-dialog")).isVisible();
        assertAccessible();
        screenshot("link-dialog-phone");
    }

    private String storedDescription() {
        return jdbc.sql("SELECT description FROM portfolio_section WHERE id = ?").param(section).query(String.class).single();
    }
}
