package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.support.SnapshotTestPage;

/** A frozen portfolio (portfolio/snapshot.html) on a page like the submission module's, at desktop and phone width. */
@TestPropertySource(properties = "waymark.evidence.storage-path=target/browser-evidence")
@Import(SnapshotTestPage.class)
class SnapshotPhoneTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final int PHONE_WIDTH = 390;

    @Autowired
    private Portfolios portfolios;
    @Autowired
    private EvidenceLibrary evidence;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aSnapshotReadsWellAndPassesAxeAt390PixelsAndItsFilesOpen() {
        String email = uniqueEmail("snapshot");
        UUID person = createPerson("Sam Snapshot", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "cmalt");
        UUID notes = evidence.addFile(portfolio, person, "a-rather-long-file-name-for-a-phone-screen-2026-final-v3.txt", 5,
                new ByteArrayResource("notes".getBytes()), new EvidenceDetails("Workshop notes", "Notes from the staff workshop",
                        null, true)).id();
        UUID site = evidence.addLink(portfolio, person, "https://example.org/a/very/long/address/that/would/push/a/table/off/the/screen/on/a/phone",
                new EvidenceDetails("Course site", null, null, true)).id();
        portfolios.write(person, portfolio, "context", 0, null, "<p>I work in a university learning technology team.</p>", "", "", Set.of());
        portfolios.write(person, portfolio, "1a", 0, null, "<h2>The project</h2><p>What I did.</p>", "<p>What I learnt.</p>",
                "<p>See the notes.</p>", Set.of("explore", "communicate"));
        UUID section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        jdbc.sql("INSERT INTO section_evidence (section_id, evidence_id) VALUES (?, ?)").params(section, notes).update();
        jdbc.sql("INSERT INTO section_evidence (section_id, evidence_id) VALUES (?, ?)").params(section, site).update();
        portfolios.confirm(portfolio, true, "Ada Assessor", "ada@example.org");
        UUID snapshot = portfolios.freeze(portfolio);

        // This class has a context of its own (it imports the test page): its first pages render cold.
        page.setDefaultNavigationTimeout(60_000);
        signIn(email, PASSWORD);
        open("/test/snapshots/" + snapshot);
        screenshotAs("snapshot.png");
        page.setViewportSize(PHONE_WIDTH, 844);
        open("/test/snapshots/" + snapshot);
        screenshotAs("snapshot-phone.png");

        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("1a An understanding of the constraints and benefits of different technologies")))
                .isVisible();
        assertThat(page.locator("main h4").filter(new Locator.FilterOptions().setHasText("The project"))).isVisible();
        String href = page.locator("main article").nth(1)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Workshop notes")).getAttribute("href");
        String body = page.request().get(url(href)).text();
        assertThat(body).isEqualTo("notes");
    }
}
