package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;

/** From Associate CMALT to CMALT, copying in the sections still worth keeping. */
class ProgressionJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private Portfolios portfolios;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aCandidateMovesToCmaltCopyingTwoSections() {
        String email = uniqueEmail("progress");
        UUID person = createPerson("Pat Progress", email, PASSWORD, Role.CANDIDATE).id();
        UUID associate = portfolios.start(person, "associate");
        for (String key : new String[] {"1a", "1b", "2a"}) {
            portfolios.write(person, associate, key, 0, null, "<p>My practice for " + key + ".</p>",
                    "<p>What I learned.</p>", "<p>A screenshot.</p>", Set.of("explore"));
        }
        signIn(email, PASSWORD);

        open("/portfolios/" + associate + "/progress");
        Locator main = page.locator("main");
        main.getByLabel("CMALT", new Locator.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().press("Space");
        tabToFocus("main button:text('Continue')");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.contains("pathway=cmalt"));
        assertAccessible();

        Locator choices = main.locator("input[name=copy]");
        assertThat(choices).hasCount(3);
        for (String key : new String[] {"1a", "1b", "2a"}) {
            Locator label = main.locator("label").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + key + "\\b")));
            assertThat(label).containsText(Pattern.compile("last revised \\d{1,2} \\w{3} \\d{4}"));
        }
        // Keep 1a and 2a, leave 1b behind.
        Locator leaveOut = main.locator("label").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*1b\\b")))
                .locator("input");
        leaveOut.focus();
        page.keyboard().press("Space");
        assertThat(leaveOut).not().isChecked();
        tabToFocus("main button:text('Start CMALT portfolio')");
        page.keyboard().press("Enter");

        page.waitForURL(url -> url.matches(".*/portfolios/[0-9a-f-]{36}$") && !url.endsWith(associate.toString()));
        assertAccessible();
        assertThat(page.locator("h1")).hasText("CMALT portfolio");
        assertThat(page.locator("ol.checklist a[href*='/sections/']")).hasCount(11);
        Locator copied = page.locator("ol.checklist .tag-copied");
        assertThat(copied).hasCount(2);
        assertThat(copied.first()).hasText(Pattern.compile("Copied, last revised \\d{1,2} \\w{3} \\d{4}"));
        Locator copiedRows = page.locator("ol.checklist > li:has(.tag-copied) .section-row a");
        assertThat(copiedRows.nth(0)).containsText("1a");
        assertThat(copiedRows.nth(1)).containsText("2a");
        assertThat(page.locator("ol.checklist > li").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*1b\\b"))))
                .not().containsText("Copied");

        String newId = page.url().substring(page.url().lastIndexOf('/') + 1);
        Long copiedInDatabase = jdbc.sql("SELECT count(*) FROM portfolio_section WHERE portfolio_id = ? AND copied_from_date IS NOT NULL")
                .param(UUID.fromString(newId)).query(Long.class).single();
        org.junit.jupiter.api.Assertions.assertEquals(2L, copiedInDatabase);
    }
}
