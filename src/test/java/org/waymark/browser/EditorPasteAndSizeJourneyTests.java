package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;

/**
 * Pasting into the editor, the page's Content-Security-Policy, and a save too large for the server: what the
 * writer sees in the page.
 */
class EditorPasteAndSizeJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final LocatorAssertions.ContainsTextOptions WITHIN_AUTOSAVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);

    @Autowired
    private Portfolios portfolios;

    @Autowired
    private JdbcClient jdbc;

    private UUID section;
    private String path;
    private final List<String> console = new CopyOnWriteArrayList<>();

    @BeforeEach
    void candidateOnTheFirstSection() {
        String email = uniqueEmail("paste");
        UUID person = createPerson("Pat Paste", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "cmalt");
        section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        path = "/portfolios/" + portfolio + "/sections/" + section;
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        // Violations are also reported as events in the page: count those too, whatever the console shows.
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' at ' + e.sourceFile + ':' + e.lineNumber))");
        signIn(email, PASSWORD);
    }

    private String description() {
        return jdbc.sql("SELECT description FROM portfolio_section WHERE id = ?").param(section).query(String.class).single();
    }

    private List<String> policyViolations() {
        return console.stream().filter(m -> m.contains("Content Security Policy") || m.contains("CSP violation")).toList();
    }

    @Test
    void theEditorPageLogsNoContentSecurityPolicyViolation() {
        jdbc.sql("UPDATE portfolio_section SET description = ?, description_words = NULL WHERE id = ?")
                .params("<h2>Heading</h2><p>Some <strong>bold</strong> text</p><ul><li>item</li></ul>", section).update();
        open(path);
        page.locator("#description-editor").focus();
        page.keyboard().press("End");
        page.keyboard().type(" and more");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertTrue(policyViolations().isEmpty(), String.join("\n", policyViolations()));
    }

    @Test
    void pastingIntoAFieldThatWasEmptiedGivesParagraphsNotAHeading() {
        jdbc.sql("UPDATE portfolio_section SET description = ?, description_words = NULL WHERE id = ?")
                .params("<h2>An old heading</h2>", section).update();
        BrowserContext ctx = page.context();
        ctx.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        open(path);

        page.locator("#description-editor").focus();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().press("Delete");
        assertThat(page.locator("#description-editor > *")).hasCount(1);
        assertEquals("P", page.locator("#description-editor > *").first().evaluate("e => e.nodeName"));

        page.evaluate("html => navigator.clipboard.write([new ClipboardItem({"
                + "'text/html': new Blob([html], {type: 'text/html'}),"
                + "'text/plain': new Blob(['Three things shaped the design'], {type: 'text/plain'})})])", fixture("word-365.html"));
        // Putting Word's HTML on the clipboard makes the browser parse it here (its clipboard sanitiser): only what
        // the paste itself does counts.
        console.clear();
        forgetPolicyViolationsOfTheSetUp();
        page.keyboard().press("ControlOrMeta+V");
        assertThat(page.locator("#description-editor")).containsText("mentor for each new colleague");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);

        String stored = description();
        assertTrue(stored.contains("<p>In 2025 I\nled the move") || stored.contains("<p>In 2025 I led the move"), stored);
        assertFalse(stored.matches("(?s).*<h[2-4]>(?:(?!</h[2-4]>).)*<(p|ul|ol|table)[ >].*"), "a block inside a heading: " + stored);
        assertFalse(stored.contains("An old heading"), stored);
        assertAccessible();
        assertTrue(policyViolations().isEmpty(), String.join("\n", policyViolations()));
    }

    @Test
    void aSaveTooLargeForTheServerIsExplainedInTheEditor() {
        open(path);
        page.locator("#description-editor").evaluate("(editor) => {"
                + " editor.innerHTML = '<p>' + 'word '.repeat(450000) + '</p>';"
                + " editor.dispatchEvent(new Event('input', {bubbles: true})); }");
        assertThat(page.locator("#save-status")).containsText("too large to save", WITHIN_AUTOSAVE);
        assertThat(page.locator("#save-status")).hasClass(java.util.regex.Pattern.compile(".*is-error.*"));
        assertThat(page.locator("main")).not().containsText("{\"");
        assertThat(page.locator("main")).not().containsText("Bad Request");
        assertAccessible();
        assertEquals("", description());

        // Save does not post the page away (which would lose the text); it says the same.
        page.locator("button[name=action][value=save]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#save-status")).containsText("too large to save");
        assertThat(page.locator("#description-editor")).containsText("word word");
    }

    private static String fixture(String name) {
        try (InputStream in = EditorPasteAndSizeJourneyTests.class.getResourceAsStream("/paste/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
