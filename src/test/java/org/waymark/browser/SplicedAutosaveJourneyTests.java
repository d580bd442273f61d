package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.internal.RichText;

/**
 * Autosave of a long text sends only the paragraphs that changed (ADR 0017), and what is stored is exactly what the
 * whole text would have given: typed in the middle, at the end, with another tab saving in between.
 */
class SplicedAutosaveJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final LocatorAssertions.ContainsTextOptions WITHIN_AUTOSAVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(6_000);

    @Autowired
    private Portfolios portfolios;
    @Autowired
    private JdbcClient jdbc;

    private UUID sectionId;
    private final List<String> autosaves = new ArrayList<>();

    /** A candidate whose description is 40 paragraphs with links, signed in, on that section's page. */
    private String candidateWithALongDescription() {
        String email = uniqueEmail("splice");
        UUID person = createPerson("Sol Splice", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "cmalt");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("<p>Paragraph ").append(i).append(" tells how I used <a href=\"https://example.org/").append(i)
                    .append("\">a tool</a> in my teaching.</p>");
        }
        portfolios.write(person, portfolio, "1a", 0, null, text.toString(), "", "", Set.of());
        sectionId = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'").param(portfolio)
                .query(UUID.class).single();
        signIn(email, PASSWORD);
        String path = "/portfolios/" + portfolio + "/sections/" + sectionId;
        page.onRequest(this::recordAutosave);
        return path;
    }

    private void recordAutosave(Request request) {
        if ("POST".equals(request.method()) && request.headers().containsKey("hx-request") && request.url().contains("/sections/")) {
            autosaves.add(request.postData());
        }
    }

    /** Puts the caret at the end of the n-th paragraph (from 1) of the description and types there. */
    private void typeAtTheEndOfParagraph(Page tab, int n, String words) {
        tab.locator("#description-editor").focus();
        tab.evaluate("n => { const p = document.querySelectorAll('#description-editor > p')[n - 1];"
                + " const range = document.createRange(); range.selectNodeContents(p); range.collapse(false);"
                + " const selection = document.getSelection(); selection.removeAllRanges(); selection.addRange(range); }", n);
        tab.keyboard().type(words);
    }

    private String stored() {
        return jdbc.sql("SELECT description FROM portfolio_section WHERE id = ?").param(sectionId).query(String.class).single();
    }

    /** What the editor holds, sanitised as a whole: what the stored text must be. */
    private static String editorTextSanitised(Page tab) {
        return RichText.sanitise((String) tab.evaluate("document.querySelector('textarea#description').value")).html();
    }

    private static String field(String body, String name) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void afterTheFirstAutosaveOnlyTheChangedParagraphIsSentAndTheTextIsStoredWhole() {
        String path = candidateWithALongDescription();
        open(path);

        typeAtTheEndOfParagraph(page, 20, " I changed this one.");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertEquals(editorTextSanitised(page), stored());

        typeAtTheEndOfParagraph(page, 33, " And this one, with caf\u00e9 \u2014 and more.");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertEquals(editorTextSanitised(page), stored());
        assertTrue(stored().contains("I changed this one.") && stored().contains("caf\u00e9 \u2014 and more."), stored());

        typeAtTheEndOfParagraph(page, 40, " The last paragraph too.");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertEquals(editorTextSanitised(page), stored());

        assertTrue(autosaves.size() >= 3, autosaves.toString());
        assertEquals(null, field(autosaves.getFirst(), "descriptionSplice"), "the first autosave sends the whole text");
        String last = autosaves.getLast();
        assertFalse(field(last, "descriptionSplice") == null, last);
        assertTrue(field(last, "description").startsWith("<p>Paragraph 40 tells"), last);
        assertTrue(last.length() < 600, "one paragraph sent, not the whole text: " + last.length() + " characters");
        assertAccessible();

        open(path);
        assertThat(page.locator("#description-editor")).containsText("The last paragraph too.");
    }

    @Test
    void newParagraphsAndDeletedOnesSpliceToo() {
        String path = candidateWithALongDescription();
        open(path);
        typeAtTheEndOfParagraph(page, 10, " First change.");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);

        typeAtTheEndOfParagraph(page, 12, "");
        page.keyboard().press("Enter");
        page.keyboard().type("A new paragraph after twelve.");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertEquals(editorTextSanitised(page), stored());
        assertTrue(stored().contains("<p>A new paragraph after twelve.</p>"), stored());

        page.evaluate("document.querySelectorAll('#description-editor > p')[4].remove()");
        page.locator("#description-editor").dispatchEvent("input");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertEquals(editorTextSanitised(page), stored());
        assertFalse(stored().contains("Paragraph 5 tells"), stored());
        assertTrue(autosaves.stream().skip(1).allMatch(body -> field(body, "descriptionSplice") != null), autosaves.toString());
    }

    @Test
    void aSpliceAfterAnotherTabSavedWritesNothingAndTheTabIsToldOfTheConflict() {
        String path = candidateWithALongDescription();
        open(path);
        Page a = page;
        typeAtTheEndOfParagraph(a, 5, " Typed in A first.");
        assertThat(a.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);

        Page b = context.newPage();
        page = b;
        open(path);
        typeAtTheEndOfParagraph(b, 8, " Typed in B.");
        assertThat(b.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        String fromB = stored();

        // A's next autosave is a splice of the text B replaced: nothing of it is written, A sends its whole text, and
        // that meets the conflict as any stale save does.
        typeAtTheEndOfParagraph(a, 30, " Typed in A again.");
        assertThat(a.locator("#conflict-panel")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(6_000));
        assertEquals(fromB, stored());
        assertThat(a.locator("#description-editor")).containsText("Typed in A again.");
        page = a;
        assertAccessible();
    }
}
