package org.waymark.portfolio.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.portfolio.evidence.EvidenceSummary;
import org.waymark.support.WaymarkTest;

@WaymarkTest(properties = {"waymark.evidence.max-size=20KB",
        "waymark.evidence.storage-path=target/test-evidence/${random.uuid}"})
class EvidenceWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EvidenceLibrary library;

    UUID owner;
    UUID portfolio;

    @BeforeEach
    void portfolioWithOwner() {
        owner = UUID.randomUUID();
        portfolio = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO portfolio (id, owner_id, pathway, framework_version, created_at, version) VALUES (?, ?, 'cmalt', '2026.1', ?, 0)")
                .params(portfolio, owner, now).update();
        jdbc.sql("INSERT INTO access_grant (id, person_id, object_type, object_id, relation, granted_at) VALUES (?, ?, 'portfolio', ?, 'OWNER', ?)")
                .params(UUID.randomUUID(), owner, portfolio, now).update();
    }

    private RequestPostProcessor candidate(UUID person) {
        return user(person.toString()).roles("CANDIDATE");
    }

    private RequestPostProcessor administrator() {
        return user(UUID.randomUUID().toString()).roles("ADMINISTRATOR");
    }

    private String base() {
        return "/portfolios/" + portfolio + "/evidence";
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private MockMultipartHttpServletRequestBuilder upload(String name, String declaredType, byte[] bytes) {
        return (MockMultipartHttpServletRequestBuilder) multipart(base())
                .file(new MockMultipartFile("file", name, declaredType, bytes))
                .param("kind", "FILE").param("title", "My evidence").param("permissionConfirmed", "true")
                .with(candidate(owner)).with(csrf());
    }

    private EvidenceSummary storedPng() throws IOException {
        byte[] bytes = png();
        return library.addFile(portfolio, owner, "chart.png", bytes.length, new org.springframework.core.io.ByteArrayResource(bytes),
                new EvidenceDetails("Chart", null, "A red dot", true));
    }

    @Test
    void aPngWithAlternativeTextIsKeptAndDownloadsIdenticallyAsAnAttachment() throws Exception {
        byte[] bytes = png();
        mvc.perform(upload("café chart.png", "image/png", bytes).param("accessibleText", "A red dot on black"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base()));
        List<EvidenceSummary> items = library.list(portfolio);
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.contentType()).isEqualTo("image/png");
            assertThat(item.sizeBytes()).isEqualTo(bytes.length);
            assertThat(item.fileName()).isEqualTo("café chart.png");
        });
        mvc.perform(get(base()).with(candidate(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("My evidence")));
        mvc.perform(get(base() + "/" + items.getFirst().id() + "/file").with(candidate(owner)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(bytes))
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''caf%C3%A9%20chart.png")))
                .andExpect(header().string("Cache-Control", containsString("private")));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'evidence.added' AND object_id = ?")
                .param(items.getFirst().id().toString()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anHtmlFileNamedPdfIsRefusedByItsContentKeepingWhatWasTyped() throws Exception {
        mvc.perform(upload("cv.pdf", "application/pdf", "<html><body><script>alert(1)</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8)).param("description", "My CV"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("text/html")))
                .andExpect(content().string(containsString("My CV")))
                .andExpect(content().string(containsString("choose it again")));
        assertThat(library.list(portfolio)).isEmpty();
    }

    @Test
    void anSvgIsRefused() throws Exception {
        mvc.perform(upload("logo.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8)).param("accessibleText", "Logo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("image/svg+xml")));
        assertThat(library.list(portfolio)).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedGivingTheLimit() throws Exception {
        mvc.perform(upload("big.txt", "text/plain", "a".repeat(21 * 1024).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The selected file must be smaller than 20 KB")));
        assertThat(library.list(portfolio)).isEmpty();
    }

    @Test
    void anImageWithoutAlternativeTextIsRefused() throws Exception {
        mvc.perform(upload("chart.png", "image/png", png()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter alternative text that describes this image")))
                .andExpect(content().string(containsString("href=\"#accessibleText\"")));
        assertThat(library.list(portfolio)).isEmpty();
    }

    @Test
    void missingTitleAndPermissionAreNamedNextToTheirFields() throws Exception {
        mvc.perform(post(base()).param("kind", "LINK").param("url", "https://example.org").with(candidate(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a title")))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("Confirm that the evidence is anonymised or used with permission")))
                .andExpect(content().string(containsString("value=\"https://example.org\"")));
    }

    @Test
    void aGoodLinkIsKeptAndABadOneRefused() throws Exception {
        mvc.perform(post(base()).param("kind", "LINK").param("url", "javascript:alert(1)").param("title", "Blog")
                        .param("permissionConfirmed", "true").with(candidate(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a web address that starts with http:// or https://")));
        assertThat(library.list(portfolio)).isEmpty();
        mvc.perform(post(base()).param("kind", "LINK").param("url", "https://blog.example.org/post").param("title", "Blog")
                        .param("permissionConfirmed", "true").with(candidate(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(library.list(portfolio)).singleElement()
                .satisfies(item -> assertThat(item.url()).isEqualTo("https://blog.example.org/post"));
    }

    @Test
    void theOwnerCanChangeAndDeleteAfterConfirmingAndTheFileGoes() throws Exception {
        EvidenceSummary item = storedPng();
        mvc.perform(get(base() + "/" + item.id() + "/edit").with(candidate(owner)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("A red dot")));
        mvc.perform(post(base() + "/" + item.id()).param("title", "Renamed").param("accessibleText", "A red dot")
                        .param("permissionConfirmed", "true").with(candidate(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(library.find(item.id())).get().extracting(EvidenceSummary::title).isEqualTo("Renamed");
        mvc.perform(get(base() + "/" + item.id() + "/delete").with(candidate(owner)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Are you sure")));
        mvc.perform(post(base() + "/" + item.id() + "/delete").with(candidate(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(library.find(item.id())).isEmpty();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> library.openFile(item.id()));
    }

    @Test
    void anotherCandidateGets404Everywhere() throws Exception {
        EvidenceSummary item = storedPng();
        RequestPostProcessor stranger = candidate(UUID.randomUUID());
        String one = base() + "/" + item.id();
        mvc.perform(get(base()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get(base() + "/new").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get(one + "/file").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get(one + "/edit").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post(one).param("title", "Mine").param("permissionConfirmed", "true").with(stranger).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(one + "/delete").with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post(one + "/delete").with(stranger).with(csrf())).andExpect(status().isNotFound());
        assertThat(library.find(item.id())).get().extracting(EvidenceSummary::title).isEqualTo("Chart");
    }

    @Test
    void anItemOfAnotherPortfolioIsNotFoundThroughTheOwnersPortfolio() throws Exception {
        EvidenceSummary item = storedPng();
        UUID otherPortfolio = portfolio;
        portfolioWithOwner();
        // owner of the new portfolio asks for the first portfolio's item through their own portfolio
        mvc.perform(get(base() + "/" + item.id() + "/file").with(candidate(owner))).andExpect(status().isNotFound());
        assertThat(item.portfolioId()).isEqualTo(otherPortfolio);
    }

    @Test
    void anAdministratorCanViewAndDownloadButNotChangeOrDelete() throws Exception {
        EvidenceSummary item = storedPng();
        String one = base() + "/" + item.id();
        mvc.perform(get(base()).with(administrator())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chart")))
                .andExpect(content().string(not(containsString("/delete"))));
        mvc.perform(get(one + "/file").with(administrator())).andExpect(status().isOk());
        mvc.perform(get(one + "/delete").with(administrator())).andExpect(status().isNotFound());
        mvc.perform(post(one + "/delete").with(administrator()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(one + "/edit").with(administrator())).andExpect(status().isNotFound());
        assertThat(library.find(item.id())).isPresent();
    }

    @Test
    void changesNeedTheCsrfToken() throws Exception {
        EvidenceSummary item = storedPng();
        // The shared access-denied handler answers a failed CSRF check with 403 or, when it takes the session
        // for ended, with the page that shows the posted text back: either way nothing changes.
        ResultMatcher refused = result -> assertThat(result.getResponse().getStatus() == 403
                || "/session/expired".equals(result.getResponse().getForwardedUrl())).as("refused").isTrue();
        mvc.perform(post(base() + "/" + item.id() + "/delete").with(candidate(owner))).andExpect(refused);
        mvc.perform(post(base() + "/" + item.id() + "/delete").with(candidate(owner))
                .with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken())).andExpect(refused);
        mvc.perform(post(base()).param("kind", "LINK").param("url", "https://example.org").param("title", "T")
                .param("permissionConfirmed", "true").with(candidate(owner))).andExpect(refused);
        assertThat(library.list(portfolio)).singleElement().extracting(EvidenceSummary::id).isEqualTo(item.id());
    }

    @Test
    void theEmptyListSaysSoAndTheFormLoadsItsUploadScript() throws Exception {
        mvc.perform(get(base()).with(candidate(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no evidence in this portfolio yet")));
        mvc.perform(get(base() + "/new").with(candidate(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/js/evidence-upload.js")))
                .andExpect(content().string(containsString("<progress")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("style="))));
        mvc.perform(get("/js/evidence-upload.js")).andExpect(status().isOk());
    }

    @Test
    void deletingAllOfAPortfoliosEvidenceRemovesTheFilesToo() throws Exception {
        EvidenceSummary item = storedPng();
        library.deleteAllFor(portfolio);
        assertThat(library.list(portfolio)).isEmpty();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> library.openFile(item.id()));
    }

    @Test
    void anImageWithoutTitleAlternativeTextOrPermissionHearsOfAllThreeAtOnce() throws Exception {
        String page = mvc.perform(((MockMultipartHttpServletRequestBuilder) multipart(base())
                        .file(new MockMultipartFile("file", "chart.png", "image/png", png())))
                        .param("kind", "FILE").param("title", "").with(candidate(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Error: Add evidence - Waymark</title>", "There is a problem",
                "href=\"#title\">Enter a title</a>",
                "href=\"#accessibleText\">Enter alternative text that describes this image</a>",
                "href=\"#permissionConfirmed\">Confirm that the evidence is anonymised or used with permission</a>");
        assertThat(page.indexOf("href=\"#title\"")).isLessThan(page.indexOf("href=\"#accessibleText\""));
        assertThat(page.indexOf("href=\"#accessibleText\"")).isLessThan(page.indexOf("href=\"#permissionConfirmed\""));
        assertThat(library.list(portfolio)).isEmpty();
    }

    @Test
    void changingAnImageToHaveNeitherAlternativeTextNorPermissionHearsOfBothAtOnce() throws Exception {
        EvidenceSummary item = storedPng();
        mvc.perform(post(base() + "/" + item.id()).param("title", "Chart").param("accessibleText", "")
                        .with(candidate(owner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#accessibleText\">Enter alternative text that describes this image</a>")))
                .andExpect(content().string(containsString("href=\"#permissionConfirmed\"")));
        assertThat(library.find(item.id()).orElseThrow().accessibleText()).isEqualTo("A red dot");
    }

    @Test
    void theListSaysWhichSectionsUseEachItemAndWhatItStillLacks() throws Exception {
        EvidenceSummary chart = storedPng();
        EvidenceSummary unused = library.addLink(portfolio, owner, "https://example.org/blog",
                new EvidenceDetails("Blog post", null, null, true));
        UUID section = UUID.randomUUID();
        jdbc.sql("INSERT INTO portfolio_section (id, portfolio_id, section_key, position, label, version, updated_at) "
                        + "VALUES (?, ?, '1a', 1, '1a', 0, ?)")
                .params(section, portfolio, Timestamp.from(Instant.now())).update();
        jdbc.sql("INSERT INTO section_evidence (section_id, evidence_id) VALUES (?, ?)").params(section, chart.id()).update();
        // Kept before these checks existed: no alternative text, permission never confirmed.
        jdbc.sql("UPDATE evidence_item SET accessible_text = NULL, permission_confirmed = FALSE WHERE id = ?")
                .param(chart.id()).update();

        String page = mvc.perform(get(base()).with(candidate(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String chartItem = page.substring(page.indexOf(">Chart<"), page.indexOf(">Blog post<"));
        assertThat(chartItem).contains("Used in", "1a An understanding of the constraints and benefits of different technologies",
                "Missing alternative text or transcript", "Permission not confirmed", "Change<", "Delete<");
        String blogItem = page.substring(page.indexOf(">Blog post<"));
        assertThat(blogItem).contains("Not used in any section yet").doesNotContain("Missing alternative text")
                .doesNotContain("Permission not confirmed");
        assertThat(unused.title()).isEqualTo("Blog post");
    }
}
