package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;

/** Evidence items, a link and an image, added to the library and linked from a section. */
@TestPropertySource(properties = "waymark.evidence.storage-path=target/browser-evidence")
class EvidenceJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private Portfolios portfolios;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aLinkAndAnImageAreAddedAndLinkedFromASection() throws IOException {
        String email = uniqueEmail("evidence");
        UUID person = createPerson("Eli Evidence", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "associate");
        portfolios.write(person, portfolio, "1a", 0, null, "<p>What I did.</p>", "<p>What I learned.</p>", "", java.util.Set.of());
        UUID section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        signIn(email, PASSWORD);
        open("/portfolios/" + portfolio);
        Locator row = page.locator("ol.checklist > li").filter(new Locator.FilterOptions().setHasText("1a"));
        assertThat(row).containsText("No evidence");

        open("/portfolios/" + portfolio + "/evidence/new");
        Locator main = page.locator("main");
        main.getByRole(com.microsoft.playwright.options.AriaRole.RADIO, new Locator.GetByRoleOptions().setName("A web link")).check();
        main.getByLabel("Web address (if you are adding a web link)").fill("https://example.org/my-course");
        main.getByLabel("Title").fill("The course site");
        main.getByLabel("This evidence is anonymised, or I have permission to use it").check();
        main.getByText("Add evidence", new Locator.GetByTextOptions().setExact(true)).and(main.locator("button")).press("Enter");
        assertThat(main.locator(".notice[role=status]")).containsText("Evidence added: The course site");
        assertAccessible();

        open("/portfolios/" + portfolio + "/evidence/new");
        main.getByRole(com.microsoft.playwright.options.AriaRole.RADIO, new Locator.GetByRoleOptions().setName("A file")).check();
        main.getByLabel("File (if you are adding a file)").setInputFiles(new FilePayload("screenshot.png", "image/png", png()));
        main.getByLabel("Title").fill("Screenshot of the course");
        main.getByLabel("Alternative text or transcript").fill("The course home page, with the week-by-week menu on the left.");
        main.getByLabel("This evidence is anonymised, or I have permission to use it").check();
        // The upload progress shows while the request is on its way: look at the moment it leaves the page.
        AtomicBoolean progressShown = new AtomicBoolean();
        page.route("**/evidence?_csrf=*", route -> {
            progressShown.set(page.locator("#upload-progress").isVisible()
                    && page.locator("#upload-progress-bar").count() == 1);
            route.resume();
        });
        main.locator("button", new Locator.LocatorOptions().setHasText("Add evidence")).press("Enter");
        assertThat(main.locator(".notice[role=status]")).containsText("Evidence added: Screenshot of the course");
        assertTrue(progressShown.get(), "the upload progress element was shown during the upload");
        assertAccessible();

        open("/portfolios/" + portfolio + "/sections/" + section);
        Locator linked = main.getByRole(com.microsoft.playwright.options.AriaRole.GROUP,
                new Locator.GetByRoleOptions().setName("Evidence items linked to this section"));
        linked.getByLabel("The course site", new Locator.GetByLabelOptions().setExact(false)).check();
        linked.getByLabel("Screenshot of the course", new Locator.GetByLabelOptions().setExact(false)).check();
        tabToFocus("button[name=action][value=save]");
        page.keyboard().press("Enter");
        assertThat(main.locator(".notice[role=status]")).containsText("Saved at");
        assertAccessible();
        assertThat(linked.locator("input:checked")).hasCount(2);
        assertThat(page.locator("#section-missing")).not().containsText("No evidence");

        open("/portfolios/" + portfolio);
        assertThat(row).not().containsText("No evidence");
    }

    @Test
    void aProblemIsExplainedInThePageAndTheFormStillWorks() {
        String email = uniqueEmail("problem");
        UUID person = createPerson("Pen Problem", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "associate");
        signIn(email, PASSWORD);
        open("/portfolios/" + portfolio + "/evidence/new");
        Locator main = page.locator("main");
        main.getByRole(com.microsoft.playwright.options.AriaRole.RADIO, new Locator.GetByRoleOptions().setName("A web link")).check();
        main.getByLabel("Web address (if you are adding a web link)").fill("not a web address");
        main.locator("button", new Locator.LocatorOptions().setHasText("Add evidence")).press("Enter");

        assertThat(main.locator("#error-summary")).isFocused();
        assertThat(main.locator("#error-summary")).containsText("Enter a web address that starts with http:// or https://");
        assertThat(main.getByLabel("Web address (if you are adding a web link)")).hasValue("not a web address");
        assertAccessible();

        main.getByLabel("Web address (if you are adding a web link)").fill("https://example.org/fixed");
        main.getByLabel("Title").fill("Fixed link");
        main.getByLabel("This evidence is anonymised, or I have permission to use it").check();
        main.locator("button", new Locator.LocatorOptions().setHasText("Add evidence")).press("Enter");
        assertThat(main.locator(".notice[role=status]")).containsText("Evidence added: Fixed link");
        assertAccessible();
    }

    @Test
    void aFileOverTheUploadLimitGetsAMessageNotAResetConnectionWithAndWithoutJavaScript() {
        String email = uniqueEmail("large");
        UUID person = createPerson("Lars Large", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "associate");
        byte[] large = new byte[31 * 1024 * 1024]; // over the 30 MB request limit, not only the 25 MB evidence limit
        for (boolean javaScript : new boolean[] {true, false}) {
            if (!javaScript) {
                page = newContext(false).newPage();
            }
            signIn(email, PASSWORD);
            open("/portfolios/" + portfolio + "/evidence/new");
            Locator main = page.locator("main");
            main.getByRole(com.microsoft.playwright.options.AriaRole.RADIO, new Locator.GetByRoleOptions().setName("A file")).check();
            main.getByLabel("File (if you are adding a file)").setInputFiles(new FilePayload("lecture.mp4", "video/mp4", large),
                    // 31 MB through the DevTools protocol: slow on a busy machine, and not what is under test
                    new Locator.SetInputFilesOptions().setTimeout(60_000));
            main.getByLabel("Title").fill("Recorded lecture");
            main.locator("button", new Locator.LocatorOptions().setHasText("Add evidence")).click();
            assertThat(main.locator("#file-error")).containsText("must be smaller than 25 MB",
                    new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
            if (javaScript) {
                // Refused in the page before uploading: nothing typed is lost.
                assertThat(main.getByLabel("Title")).hasValue("Recorded lecture");
            } else {
                // The body of an over-limit request is never read, so the page can only say so and ask again.
                assertThat(main.locator("#file-error")).containsText("fill in the form again");
            }
            assertAccessible();
        }
        assertTrue(jdbc.sql("SELECT COUNT(*) FROM evidence_item WHERE portfolio_id = ?").param(portfolio)
                .query(Integer.class).single() == 0, "nothing was stored");
    }

    @Test
    void anEvidenceItemCanBeReferredToFromTheText() {
        String email = uniqueEmail("refer");
        UUID person = createPerson("Rita Refer", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "associate");
        UUID section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        signIn(email, PASSWORD);
        open("/portfolios/" + portfolio + "/evidence/new");
        Locator main = page.locator("main");
        main.getByRole(com.microsoft.playwright.options.AriaRole.RADIO, new Locator.GetByRoleOptions().setName("A web link")).check();
        main.getByLabel("Web address (if you are adding a web link)").fill("https://example.org/evaluation-report");
        main.getByLabel("Title").fill("Evaluation report");
        main.getByLabel("This evidence is anonymised, or I have permission to use it").check();
        main.locator("button", new Locator.LocatorOptions().setHasText("Add evidence")).click();
        assertThat(main.locator(".notice[role=status]")).containsText("Evidence added");

        open("/portfolios/" + portfolio + "/sections/" + section);
        page.locator("#description-editor").click();
        page.keyboard().type("The findings are in the ");
        main.getByLabel("Insert a link to an evidence item").first().selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Evaluation report"));
        assertThat(page.locator("#description-editor a")).hasText("Evaluation report");
        assertThat(page.locator("#save-status")).containsText("Saved at", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        String saved = jdbc.sql("SELECT description FROM portfolio_section WHERE id = ?").param(section).query(String.class).single();
        assertTrue(saved.contains("href=\"https://example.org/evaluation-report\""), saved);
        assertAccessible();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1d70b8));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillRect(8, 8, 20, 32);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
