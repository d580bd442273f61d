package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;

/** Autosave as people type, and two tabs on the same section: nothing anyone typed is lost. */
class AutosaveAndConflictJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final LocatorAssertions.ContainsTextOptions WITHIN_AUTOSAVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(4_000);

    @Autowired
    private Portfolios portfolios;

    @Autowired
    private JdbcClient jdbc;

    private UUID portfolioId;

    private String sectionPath(String key) {
        UUID section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = ?")
                .param(portfolioId).param(key).query(UUID.class).single();
        return "/portfolios/" + portfolioId + "/sections/" + section;
    }

    private void candidateWithPortfolio() {
        String email = uniqueEmail("autosave");
        UUID person = createPerson("Ash Autosave", email, PASSWORD, Role.CANDIDATE).id();
        portfolioId = portfolios.start(person, "cmalt");
        signIn(email, PASSWORD);
    }

    private String description(String path) {
        return jdbc.sql("SELECT description FROM portfolio_section WHERE id = ?")
                .param(UUID.fromString(path.substring(path.lastIndexOf('/') + 1))).query(String.class).single();
    }

    private static void typeInto(Page tab, String text) {
        tab.locator("#description-editor").focus();
        tab.keyboard().press("End");
        tab.keyboard().type(text);
    }

    /**
     * An autosave's answer that comes back after more was typed must not say "Saved at" over the newer words: the
     * status stays "Unsaved changes" until they are saved too. The first answer is held back until more is typed.
     */
    @Test
    void anAnswerThatArrivesAfterMoreWasTypedLeavesTheStatusUnsavedUntilThatIsSaved() {
        candidateWithPortfolio();
        String path = sectionPath("1a");
        open(path);
        java.util.List<com.microsoft.playwright.Route> held = new java.util.ArrayList<>();
        page.route("**" + path, route -> {
            if ("POST".equals(route.request().method())) {
                held.add(route); // answered below, when the test says so
            } else {
                route.resume();
            }
        });
        typeInto(page, "First words.");
        page.waitForCondition(() -> held.size() == 1, new Page.WaitForConditionOptions().setTimeout(10_000));
        String version = page.locator("#section-version").inputValue();
        typeInto(page, " More words.");
        held.removeFirst().resume(); // the first save lands with only "First words."

        assertThat(page.locator("#section-version")).not().hasValue(version);
        assertThat(page.locator("#save-status")).hasText("Unsaved changes");
        page.waitForCondition(() -> held.size() == 1, new Page.WaitForConditionOptions().setTimeout(10_000));
        held.removeFirst().resume(); // the second carries the rest
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertTrue(description(path).contains("First words. More words."), description(path));
        page.unrouteAll();
        assertAccessible();
    }

    @Test
    void typingSavesWithinSecondsWithoutPressingSave() {
        candidateWithPortfolio();
        String path = sectionPath("1a");
        open(path);
        typeInto(page, "Autosaved words only.");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertAccessible();
        assertTrue(description(path).contains("Autosaved words only."), description(path));

        open(path);
        assertThat(page.locator("#description-editor")).containsText("Autosaved words only.");
        assertThat(page.locator("#description-words .word-count-value")).hasText("3");
    }

    @Test
    void theSecondTabToSaveIsToldAndKeepMineWins() {
        candidateWithPortfolio();
        String path = sectionPath("1b");
        Page b = twoTabsWithAConflict(path, "Text from tab A.", "Text from tab B.");

        b.locator("#conflict-panel").getByText("Keep mine").focus();
        b.keyboard().press("Enter");
        // The form posts to the address the tab is already at: wait for the page that comes back, not the URL.
        assertThat(b.locator("main .notice[role=status]")).containsText("Saved at");
        page = b;
        assertAccessible();
        assertThat(b.locator("#description-editor")).containsText("Text from tab B.");
        assertThat(b.locator("#conflict-panel")).hasCount(0);
        assertTrue(description(path).contains("Text from tab B."), description(path));

        assertARevisionHolds(path, "Text from tab A.");
    }

    @Test
    void theSecondTabCanTakeTheirsAndKeepsItsOwnTextAsARevision() {
        candidateWithPortfolio();
        String path = sectionPath("1c");
        Page b = twoTabsWithAConflict(path, "Words typed in A.", "Words typed in B.");

        b.locator("#conflict-panel").getByText("Take theirs").focus();
        b.keyboard().press("Enter");
        assertThat(b.locator("main .notice")).containsText("The other version is now in the editor");
        page = b;
        assertAccessible();
        assertThat(b.locator("#description-editor")).containsText("Words typed in A.");
        assertThat(b.locator("#description-editor")).not().containsText("Words typed in B.");
        assertThat(b.locator("#conflict-panel")).hasCount(0);
        String saved = description(path);
        assertTrue(saved.contains("Words typed in A.") && !saved.contains("Words typed in B."), saved);

        assertARevisionHolds(path, "Words typed in B.");
    }

    @Test
    void twoTabsOnDifferentSectionsNeverConflict() {
        candidateWithPortfolio();
        String first = sectionPath("2a");
        String second = sectionPath("2b");
        open(first);
        Page a = page;
        Page b = context.newPage();
        page = b;
        open(second);

        typeInto(a, "In the first section.");
        assertThat(a.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        typeInto(b, "In the second section.");
        assertThat(b.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        typeInto(a, " More in the first.");
        assertThat(a.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertThat(a.locator("#save-status")).not().containsText("Unsaved");

        assertThat(a.locator("#conflict-panel")).hasCount(0);
        assertThat(b.locator("#conflict-panel")).hasCount(0);
        assertTrue(description(first).contains("More in the first."), description(first));
        assertTrue(description(second).contains("In the second section."), description(second));
    }

    @Test
    void withoutJavaScriptTheSecondSaveGetsTheConflictPageWithItsTextKept() {
        String email = uniqueEmail("noscript");
        UUID person = createPerson("Nat Noscript", email, PASSWORD, Role.CANDIDATE).id();
        portfolioId = portfolios.start(person, "cmalt");
        String path = sectionPath("3a");
        page = newContext(false).newPage();
        signIn(email, PASSWORD);
        open(path);
        Page a = page;
        Page b = a.context().newPage();
        page = b;
        open(path);

        a.locator("main textarea#description").fill("Plain text from A.");
        a.locator("button[name=action][value=save]").focus();
        a.keyboard().press("Enter");
        assertThat(a.locator("main .notice[role=status]")).containsText("Saved at");

        b.locator("main textarea#description").focus();
        b.keyboard().type("Plain text from B.");
        tabToFocus("button[name=action][value=save]");
        b.keyboard().press("Enter");
        assertThat(b.locator("#conflict-panel")).containsText("This section was changed somewhere else");
        assertThat(b.locator("main textarea#description")).hasValue(java.util.regex.Pattern.compile(".*Plain text from B\\..*"));
        assertAccessible();

        b.locator("#conflict-panel button[value=keep-mine]").focus();
        b.keyboard().press("Enter");
        assertThat(b.locator("main .notice[role=status]")).containsText("Saved at");
        assertAccessible();
        assertTrue(description(path).contains("Plain text from B."), description(path));
        assertARevisionHolds(path, "Plain text from A.");
    }

    @Test
    void restoringARevisionBringsItsTextBackAndKeepsTheNewerText() {
        candidateWithPortfolio();
        String path = sectionPath("4a");
        open(path);
        typeInto(page, "First saved version.");
        tabToFocus("button[name=action][value=save]");
        page.keyboard().press("Enter");
        assertThat(page.locator("main .notice[role=status]")).containsText("Saved at");
        typeInto(page, " Then autosaved words.");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);

        open(path + "/revisions");
        page.locator("main table a").first().focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.matches(".*/revisions/[0-9a-f-]{36}$"));
        assertAccessible();
        assertThat(page.locator("main")).containsText("First saved version.");
        // The restore form asks "are you sure?" in the browser's own dialog; accept it.
        page.onceDialog(dialog -> dialog.accept());
        tabToFocus("main button:text('Restore this revision')");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith(path));
        assertThat(page.locator("main .notice[role=status]")).containsText("The revision has been restored");
        assertAccessible();
        assertThat(page.locator("#description-editor")).hasText("First saved version.");
        assertEquals("<p>First saved version.</p>", description(path));
        assertARevisionHolds(path, "Then autosaved words.");
    }

    /** Tab A and tab B open the section; A types and autosaves; B types and is told of the conflict. */
    private Page twoTabsWithAConflict(String path, String textA, String textB) {
        open(path);
        Page a = page;
        Page b = context.newPage();
        page = b;
        open(path);

        typeInto(a, textA);
        assertThat(a.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        typeInto(b, textB);

        assertThat(b.locator("#conflict-panel")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(5_000));
        assertThat(b.locator("#conflict-panel")).containsText("This section was changed somewhere else");
        assertThat(b.locator("#save-status")).containsText("Autosave has stopped");
        assertThat(b.locator("#description-editor")).containsText(textB);
        assertAccessible();
        String before = description(path);
        assertTrue(before.contains(textA) && !before.contains(textB), before);

        // Autosave has stopped: more typing in B changes nothing on the server.
        typeInto(b, " Still mine.");
        b.waitForTimeout(3_000); // longer than the autosave delay: the one wait that proves something did NOT happen
        assertEquals(before, description(path));
        assertThat(b.locator("#description-editor")).containsText(textB + " Still mine.");
        return b;
    }

    private void assertARevisionHolds(String path, String text) {
        open(path + "/revisions");
        UUID sectionId = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        UUID revision = jdbc.sql("SELECT id FROM section_revision WHERE section_id = ? AND description LIKE ?")
                .param(sectionId).param("%" + text + "%").query(UUID.class).list().stream().findFirst()
                .orElseThrow(() -> new AssertionError("no revision keeps \"" + text + "\""));
        assertThat(page.locator("main a[href$='/revisions/" + revision + "']")).hasCount(1);
        open(path + "/revisions/" + revision);
        assertThat(page.locator("main")).containsText(text);
    }
}
