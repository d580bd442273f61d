package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.Role;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.portfolio.evidence.EvidenceSummary;
import org.waymark.support.SnapshotTestPage;
import org.waymark.support.WaymarkTest;

/**
 * The snapshot fragment on a page of the kind the submission module will have ({@link SnapshotTestPage}), its files
 * served through {@code Portfolios.snapshotFile}, and the delete page of a portfolio whose snapshot is held.
 */
@WaymarkTest(properties = "waymark.evidence.storage-path=target/test-evidence/${random.uuid}")
@Import(SnapshotTestPage.class)
class SnapshotPageTests extends PortfolioTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvidenceLibrary library;

    UUID me;
    UUID portfolio;

    @BeforeEach
    void aCandidateWithAPortfolio() {
        me = person(Role.CANDIDATE);
        portfolio = portfolios.start(me, "cmalt");
    }

    private EvidenceSummary file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return library.addFile(portfolio, me, name, bytes.length, new ByteArrayResource(bytes),
                new EvidenceDetails("My " + name, "What it shows", null, true));
    }

    private void link(String sectionKey, UUID evidenceId) {
        jdbc.sql("INSERT INTO section_evidence (section_id, evidence_id) VALUES (?, ?)").params(sectionId(portfolio, sectionKey), evidenceId).update();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(me))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theSnapshotShowsEverySectionAsFrozenWithItsEvidenceAtTheCallersAddress() throws Exception {
        EvidenceSummary report = file("report.txt", "the report");
        EvidenceSummary site = library.addLink(portfolio, me, "https://example.org/course",
                new EvidenceDetails("Course site", null, null, true));
        portfolios.write(me, portfolio, "1a", 0, null, "<h2>My own heading</h2><p>Frozen description</p>", "<p>Frozen reflection</p>",
                "<p>Frozen evidence</p>", Set.of("explore"));
        portfolios.write(me, portfolio, "specialist", 0, "Accessibility", "<p>d</p>", "<p>r</p>", "<p>e</p>", Set.of());
        link("1a", report.id());
        link("1a", site.id());
        portfolios.confirm(portfolio, true, "Ada Assessor", "ada@example.org");
        UUID snapshot = portfolios.freeze(portfolio);
        portfolios.write(me, portfolio, "1a", 0, null, "<p>Written later</p>", "<p>r</p>", "<p>e</p>", Set.of());

        String html = page("/test/snapshots/" + snapshot);

        assertThat(html).contains("<title>Submitted CMALT portfolio - Waymark</title>")
                .containsSubsequence("<h1>Submitted <span>CMALT</span> portfolio</h1>",
                        "framework version", "2026.1",
                        "<h2>Contents</h2>",
                        "<h2>Contextual statement</h2>",
                        "<h2>1a An understanding of the constraints and benefits of different technologies</h2>",
                        "Core principles claimed:", "<h4>My own heading</h4>", "Frozen description", "Frozen reflection", "Frozen evidence",
                        "href=\"/test/snapshots/" + snapshot + "/evidence/" + report.id() + "\">My report.txt</a>",
                        "href=\"https://example.org/course\" rel=\"noopener noreferrer\">Course site</a>",
                        "<h2>5a Specialist area: Accessibility</h2>",
                        "<h2>Future plans</h2>",
                        "<h2>Evidence items</h2>", "My report.txt", "What it shows", "Course site",
                        "<h2>Confirmation</h2>", "declared that this portfolio is their own work", "Ada Assessor")
                .doesNotContain("Written later");
        assertThat(Jsoup.parse(html).select("p:contains(Core principles claimed)").text()).as("a list, not a trailing ';'")
                .doesNotEndWith(";");
    }

    @Test
    void aSnapshotsFileIsServedAsFrozenAfterTheCandidateDeletesIt() throws Exception {
        EvidenceSummary report = file("report.txt", "the report");
        UUID snapshot = portfolios.freeze(portfolio);
        library.delete(report.id(), me);

        mvc.perform(get("/test/snapshots/" + snapshot + "/evidence/" + report.id()).with(as(me)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"report.txt\"")))
                .andExpect(content().string("the report"));
        mvc.perform(get("/portfolios/" + portfolio + "/evidence/" + report.id() + "/file").with(as(me)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDeletePageSaysASubmissionInProgressStopsDeletionAndOffersNoButton() throws Exception {
        UUID snapshot = portfolios.freeze(portfolio);

        String held = page("/portfolios/" + portfolio + "/delete");
        assertThat(held).contains("You cannot delete this portfolio while a submission of it is in progress")
                .contains("portfolio cannot be deleted now")
                .doesNotContain("Delete portfolio</button>").doesNotContain("name=\"confirm\"");
        mvc.perform(post("/portfolios/" + portfolio + "/delete").with(as(me)).with(csrf()).param("confirm", "yes"))
                .andExpect(redirectedUrl("/portfolios/" + portfolio + "/delete"));
        assertThat(portfolios.overview(portfolio)).isPresent();

        portfolios.release(snapshot);
        assertThat(page("/portfolios/" + portfolio + "/delete")).contains("Delete portfolio</button>")
                .doesNotContain("submission of it is in progress");
        mvc.perform(post("/portfolios/" + portfolio + "/delete").with(as(me)).with(csrf()).param("confirm", "yes"))
                .andExpect(redirectedUrl("/portfolios"));
        assertThat(portfolios.overview(portfolio)).isEmpty();
        assertThat(page("/test/snapshots/" + snapshot)).contains("<h2>Contextual statement</h2>");
    }
}
