package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;

/**
 * A candidate writes a reflection with a "click here" link and a long passage in italics, opens the accessibility
 * check from the portfolio page, sees both suggestions (and one for a video link without a transcript), and
 * follows a suggestion's link back to the reflection in the editor. Every page passes axe; the check reads at 390 px.
 */
class AccessibilityAdviceJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final int PHONE_WIDTH = 390;

    @Autowired
    private Portfolios portfolios;
    @Autowired
    private EvidenceLibrary evidence;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aCandidateFindsAVagueLinkAndLongItalicsAndFollowsTheAdviceToTheirReflection() {
        String email = uniqueEmail("advice");
        UUID person = createPerson("Ada Advice", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "cmalt");
        UUID section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        evidence.addLink(portfolio, person, "https://www.youtube.com/watch?v=workshop",
                new EvidenceDetails("Workshop recording", null, null, true));
        signIn(email, PASSWORD);

        // Writing the reflection in the rich editor, as a paste would leave it; autosave keeps it.
        open("/portfolios/" + portfolio + "/sections/" + section);
        String italics = String.join(" ", Collections.nCopies(35, "slanted"));
        page.locator("#reflection-editor").evaluate("(editor, italics) => {"
                + " editor.innerHTML = '<p>The evaluation is <a href=\"https://example.org/evaluation\">click here</a>.</p>'"
                + "   + '<p><em>' + italics + '</em></p><p>Next time I would involve learners earlier.</p>';"
                + " editor.dispatchEvent(new Event('input', {bubbles: true})); }", italics);
        assertThat(page.locator("#save-status")).containsText("Saved at",
                new LocatorAssertions.ContainsTextOptions().setTimeout(8_000));
        assertAccessible();

        open("/portfolios/" + portfolio);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check the accessibility of this portfolio")).click();
        page.waitForURL(url -> url.endsWith("/portfolios/" + portfolio + "/accessibility"));
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Accessibility check");
        assertThat(page.locator("main")).containsText("never stops you submitting");
        assertThat(page.locator("#advice-summary")).containsText("3 suggestions in 2 places.");

        Locator items = page.locator("main .advice-item");
        Locator link = items.filter(new Locator.FilterOptions().setHasText("Link words that say nothing"));
        assertThat(link).containsText("Reflection");
        assertThat(link.locator(".advice-quote")).hasText("click here (https://example.org/evaluation)");
        Locator italic = items.filter(new Locator.FilterOptions().setHasText("Long passage in italics"));
        assertThat(italic).containsText("35 words in a row are in italics");
        assertThat(items.filter(new Locator.FilterOptions().setHasText("Audio or video without a transcript")))
                .containsText("Workshop recording");

        page.setViewportSize(PHONE_WIDTH, 844);
        open("/portfolios/" + portfolio + "/accessibility");
        screenshotAs("accessibility-check-phone.png");
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE_WIDTH);

        // The suggestion's own link goes to the reflection in the editor.
        page.locator("main .advice-item").filter(new Locator.FilterOptions().setHasText("Link words that say nothing"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Change the reflection"))).click();
        page.waitForURL(url -> url.endsWith("/sections/" + section + "#reflection-label"));
        assertAccessible();
        assertThat(page.locator("#reflection-label")).isInViewport();
        assertThat(page.locator("#reflection-editor")).containsText("click here");
    }
}
