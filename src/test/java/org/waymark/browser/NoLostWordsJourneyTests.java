package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.Role;
import org.waymark.framework.WordCount;
import org.waymark.portfolio.Portfolios;

/** Select all, Delete, autosave: the words are still in the history, and one restore brings every one back. */
class NoLostWordsJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final LocatorAssertions.ContainsTextOptions WITHIN_AUTOSAVE =
            new LocatorAssertions.ContainsTextOptions().setTimeout(6_000);

    @Autowired
    private Portfolios portfolios;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aThousandPastedWordsDeletedAndAutosavedComeBackFromTheHistory() {
        String email = uniqueEmail("nolostwords");
        UUID person = createPerson("Noor Nolost", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolioId = portfolios.start(person, "cmalt");
        UUID section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolioId).query(UUID.class).single();
        String path = "/portfolios/" + portfolioId + "/sections/" + section;
        List<String> words = IntStream.rangeClosed(1, 1_000).mapToObj(i -> "word" + i).toList();
        // Ten paragraphs of a hundred words, as a reflection pasted from elsewhere would be.
        String pasted = IntStream.range(0, 10)
                .mapToObj(p -> String.join(" ", words.subList(p * 100, p * 100 + 100)))
                .collect(Collectors.joining("\n\n"));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        signIn(email, PASSWORD);

        open(path);
        page.evaluate("text => navigator.clipboard.writeText(text)", pasted);
        page.locator("#description-editor").focus();
        page.keyboard().press("Control+V");
        assertThat(page.locator("#description-words .word-count-value")).hasText("1000");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertEquals(1_000, WordCount.of(description(section)));

        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        assertThat(page.locator("#description-words .word-count-value")).hasText("0");
        assertThat(page.locator("#save-status")).containsText("Saved at", WITHIN_AUTOSAVE);
        assertEquals(0, WordCount.of(description(section)));

        open(path);
        assertThat(page.locator("#description-words .word-count-value")).hasText("0");
        page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^Revision history"))).focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith("/revisions"));
        assertAccessible();
        assertThat(page.locator("main table tbody tr")).hasCount(1);
        assertThat(page.locator("main table tbody tr")).containsText("Kept automatically before a large deletion");
        assertThat(page.locator("main table tbody tr")).containsText("the description from 1,000 words to 0");
        assertThat(page.locator("main table tbody tr td").nth(2)).hasText("1000");

        page.locator("main table a").first().focus();
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.matches(".*/revisions/[0-9a-f-]{36}$"));
        assertAccessible();
        assertThat(page.locator("main .revision-words")).containsText("1000 in the description");
        page.onceDialog(dialog -> dialog.accept());
        tabToFocus("main button:text('Restore this revision')");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.endsWith(path));
        assertThat(page.locator("main .notice[role=status]")).containsText("The revision has been restored");
        assertAccessible();

        assertThat(page.locator("#description-words .word-count-value")).hasText("1000");
        assertEquals(words, wordsOf(page.locator("#description-editor").innerText()));
        assertEquals(words, wordsOf(description(section).replaceAll("<[^>]*>", " ")));
    }

    private String description(UUID section) {
        return jdbc.sql("SELECT description FROM portfolio_section WHERE id = ?").param(section).query(String.class).single();
    }

    private static List<String> wordsOf(String text) {
        return Arrays.stream(text.strip().split("[\\s\\u00a0]+")).filter(w -> !w.isEmpty()).toList();
    }
}
