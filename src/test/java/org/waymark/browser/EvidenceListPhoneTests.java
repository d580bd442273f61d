package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;

/** The evidence list on a phone: every item's Change and Delete in view, with where it is used and what it lacks. */
@TestPropertySource(properties = "waymark.evidence.storage-path=target/browser-evidence")
class EvidenceListPhoneTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final int PHONE_WIDTH = 390;

    @Autowired
    private Portfolios portfolios;
    @Autowired
    private EvidenceLibrary evidence;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void at390PixelsEveryItemShowsItsActionsItsSectionsAndWhatItLacks() {
        String email = uniqueEmail("phone-evidence");
        UUID person = createPerson("Pia Phone", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "associate");
        UUID chart = evidence.addFile(portfolio, person, "a-rather-long-file-name-for-a-phone-screen-2026-final-v3.txt", 5,
                new ByteArrayResource("notes".getBytes()), new EvidenceDetails("Workshop notes", "Notes from the staff workshop", null, true)).id();
        evidence.addLink(portfolio, person, "https://example.org/a/very/long/address/that/would/push/a/table/off/the/screen/on/a/phone",
                new EvidenceDetails("Course site", null, null, true));
        // An image kept before alternative text and permission were checked.
        jdbc.sql("UPDATE evidence_item SET content_type = 'image/png', permission_confirmed = FALSE WHERE id = ?").param(chart).update();
        portfolios.write(person, portfolio, "1a", 0, null, "<p>What I did.</p>", "", "", Set.of());
        UUID section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        jdbc.sql("INSERT INTO section_evidence (section_id, evidence_id) VALUES (?, ?)").params(section, chart).update();

        page.setViewportSize(PHONE_WIDTH, 844);
        signIn(email, PASSWORD);
        open("/portfolios/" + portfolio + "/evidence");
        screenshotAs("evidence-list-phone.png");

        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE_WIDTH);
        Locator items = page.locator("main .evidence-item");
        assertThat(items).hasCount(2);
        for (int i = 0; i < 2; i++) {
            for (String action : new String[] {"Change", "Delete"}) {
                Locator link = items.nth(i).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(action).setExact(false));
                assertThat(link).isVisible();
                BoundingBox box = link.boundingBox();
                assertThat(box.x).isGreaterThanOrEqualTo(0);
                assertThat(box.x + box.width).isLessThanOrEqualTo(PHONE_WIDTH);
            }
        }
        Locator notes = items.filter(new Locator.FilterOptions().setHasText("Workshop notes"));
        assertThat(notes).containsText("Used in 1a");
        assertThat(notes.getByText("Missing alternative text or transcript")).isVisible();
        assertThat(notes.getByText("Permission not confirmed")).isVisible();
        Locator site = items.filter(new Locator.FilterOptions().setHasText("Course site"));
        assertThat(site).containsText("Not used in any section yet");
        assertThat(site.locator(".evidence-flags")).hasCount(0);
    }
}
