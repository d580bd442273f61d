package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.waymark.account.Role;
import org.waymark.framework.WordCount;

/**
 * The main journey, by keyboard alone: a new candidate starts a CMALT portfolio, writes every section in the
 * rich editor, signs the confirmation and arrives at a complete portfolio. No mouse click anywhere.
 */
class WritePortfolioJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final List<String> PRINCIPLES = List.of("explore", "keep-up-to-date", "learn-from-colleagues", "communicate");

    @Test
    void aCandidateWritesAWholeCmaltPortfolioByKeyboard() {
        String email = uniqueEmail("writer");
        createPerson("Wyn Writer", email, PASSWORD, Role.CANDIDATE);
        signIn(email, PASSWORD);

        open("/portfolios/new");
        tabToFocus("input[name=pathway]");
        page.keyboard().press("Space");
        for (int i = 0; i < 3 && !"cmalt".equals(focusedValue()); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertEquals("cmalt", focusedValue());
        assertThat(page.locator("input[name=pathway][value=cmalt]")).isChecked();
        tabToFocus("main button[type=submit]:text('Start portfolio')");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portfolios/[0-9a-f-]{36}$"));
        assertAccessible();
        String portfolio = page.url().substring(page.url().indexOf("/portfolios/"));
        screenshot("portfolio-empty");

        List<String> sections = page.locator("ol.checklist a[href*='/sections/']").evaluateAll(
                "links => links.map(a => a.getAttribute('href'))").toString().replaceAll("[\\[\\] ]", "").lines()
                .flatMap(l -> List.of(l.split(",")).stream()).toList();
        assertEquals(11, sections.size(), "a CMALT portfolio has 11 sections: " + sections);

        int principle = 0;
        for (int n = 0; n < sections.size(); n++) {
            String href = sections.get(n);
            tabToFocus("ol.checklist a[href='" + href + "']");
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.endsWith(href));
            assertThat(page.locator(".rich-editor").first()).isVisible();
            assertAccessible();
            if (n == 1) {
                screenshot("section-editor");
            }

            if (page.locator("#title").count() > 0) {
                tabToFocus("#title");
                page.keyboard().type("Digital accessibility");
            }
            String description = "<p>I led the move of our <strong>induction course</strong> to the VLE in section " + n + ".</p>";
            writeInto("description", "I led the move of our induction course to the VLE in section " + n + ".");
            if (n == 1) {
                // Autosave refreshes the status tag and the missing list without touching the editor.
                assertThat(page.locator("#save-status")).containsText("Saved at", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(8_000));
                assertThat(page.locator("#section-missing")).not().containsText("No description");
                assertThat(page.locator("#section-missing")).containsText("No reflection");
                assertThat(page.locator("#section-status")).hasText("In progress");
                assertAccessible();
            }
            if (page.locator("#reflection-editor").count() > 0) {
                writeInto("reflection", "It went well; next time I would involve learners earlier.");
                writeInto("evidence", "Screenshots of the course and an email of thanks from the dean.");
                String key = PRINCIPLES.get(principle++ % PRINCIPLES.size());
                tabToFocus("input[name=principles][value='" + key + "']");
                page.keyboard().press("Space");
                assertThat(page.locator("input[name=principles][value='" + key + "']")).isChecked();
            }
            tabToFocus("button[name=action][value=save]");
            page.keyboard().press("Enter");
            assertThat(page.locator("main .notice[role=status]")).containsText("Saved at");
            assertAccessible();
            assertThat(page.locator("#section-status")).hasText("Ready");
            assertThat(page.locator("#section-missing")).not().containsText(Pattern.compile("No (text|title|description|reflection|evidence)"));
            assertThat(page.locator("#description-editor")).containsText("section " + n);
            assertTrue(description.length() > 0);

            tabToFocus("main a:text-matches('^Back to your')", 60, false);
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.endsWith(portfolio));
            assertAccessible();
        }
        assertTrue(principle >= 4, "every core principle was claimed somewhere");

        tabToFocus("ol.checklist a[href$='/confirmation']");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/confirmation"));
        assertAccessible();
        tabToFocus("input[name=declared]");
        page.keyboard().press("Space");
        tabToFocus("main button:text('Save confirmation')");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith(portfolio));
        assertAccessible();

        assertThat(page.locator("#completeness")).containsText("Everything the pathway asks for is here");
        screenshot("portfolio");
        open(portfolio + "/principles");
        screenshot("principles-map");
        open(portfolio + "/preview");
        screenshot("preview");
        open("/home");
        screenshot("home");
    }

    @Test
    void theLiveWordCountAgreesWithTheServer() {
        String email = uniqueEmail("counter");
        createPerson("Cal Counter", email, PASSWORD, Role.CANDIDATE);
        signIn(email, PASSWORD);
        open("/portfolios/new");
        page.locator("main input[name=pathway][value=associate]").check();
        page.locator("main").getByText("Start portfolio").click();
        page.waitForURL(Pattern.compile(".*/portfolios/[0-9a-f-]{36}$"));
        page.locator("ol.checklist a[href*='/sections/']").nth(1).click();
        assertThat(page.locator("#description-editor")).isVisible();
        assertAccessible();

        List<String> fixtures = List.of(
                "",
                "<p>One two three</p>",
                "<p>Read <a href=\"https://example.org\">the re</a>port and <strong>act</strong>ion plan</p>",
                "<ul><li>first</li><li>second item</li></ul><ol><li>third</li></ol>",
                "<table><tbody><tr><th>Heading</th><th>Other</th></tr><tr><td>a</td><td>b c</td></tr></tbody></table>",
                "<p>non&nbsp;breaking&nbsp;space&#160;here</p>",
                "<p>&nbsp;leading and trailing&nbsp;</p>",
                "\u00a0literal non-breaking\u00a0spaces\u00a0",
                "<h3>Heading</h3>line<br>break<hr>rule<blockquote>quoted text</blockquote>",
                "Plain text\nwith lines\n\nand paragraphs",
                "<p>word</p><p>word</p>");
        for (String html : fixtures) {
            Object browser = page.evaluate("html => window.WaymarkWords.countWords(html)", html);
            assertEquals(WordCount.of(html), ((Number) browser).intValue(), "words in " + html);
        }

        // And typed into the editor: the live count shows what the server will count.
        page.locator("#description-editor").focus();
        page.keyboard().type("Five words typed in here");
        page.keyboard().press("Enter");
        page.keyboard().type("and two");
        String typed = page.locator("#description").inputValue();
        assertThat(page.locator("#description-words .word-count-value")).hasText(String.valueOf(WordCount.of(typed)));
        assertEquals(7, WordCount.of(typed), typed);
    }

    @Test
    void everyOtherPageACandidateSeesPassesAxeAtBothWidths() {
        String email = uniqueEmail("sweep");
        createPerson("Sue Sweep", email, PASSWORD, Role.CANDIDATE);
        signIn(email, PASSWORD);
        open("/portfolios/new");
        page.locator("main input[name=pathway][value=senior]").check();
        page.locator("main").getByText("Start portfolio").click();
        page.waitForURL(Pattern.compile(".*/portfolios/[0-9a-f-]{36}$"));
        String portfolio = page.url().substring(page.url().indexOf("/portfolios/"));
        assertAccessible();
        // Add another specialist area: it opens in the editor and can be removed again.
        page.locator("main button", new Page.LocatorOptions().setHasText("Add another specialist area")).press("Enter");
        page.waitForURL(url -> url.contains("/sections/"));
        assertAccessible();
        String added = page.url().substring(page.url().indexOf("/portfolios/"));

        List<String> paths = List.of("/home", "/portfolios", "/account", "/portfolios/new?guide=answered&years=4&share=most&leadership=yes",
                "/portfolios/new?guide=answered",
                portfolio, portfolio + "/evidence", portfolio + "/evidence/new", portfolio + "/progress",
                portfolio + "/progress?pathway=cmalt", portfolio + "/delete", portfolio + "/confirmation",
                added + "/delete", added + "/revisions", portfolio + "/principles", portfolio + "/preview", "/accessibility");
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            page.setViewportSize(size[0], size[1]);
            for (String path : paths) {
                open(path);
                int scroll = ((Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
                assertTrue(scroll <= 0, path + " scrolls sideways by " + scroll + "px at " + size[0] + "px");
            }
        }
    }

    /** Tabs into a rich editor, types, and checks the hidden text area and the live word count follow. */
    private void writeInto(String field, String text) {
        tabToFocus("#" + field + "-editor");
        page.keyboard().type(text);
        assertThat(page.locator("#" + field)).hasValue(Pattern.compile(".*" + text.substring(text.length() - 10).replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0") + ".*", Pattern.DOTALL));
        int words = text.trim().split("\\s+").length;
        assertThat(page.locator("#" + field + "-words .word-count-value")).hasText(String.valueOf(words));
    }

    private String focusedValue() {
        return (String) page.evaluate("() => document.activeElement ? document.activeElement.value : ''");
    }
}
