package org.waymark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/** Downloading a submitted portfolio as a PDF: whoever may see the submission's page may download it, nobody else. */
@WaymarkTest
class SubmittedPortfolioPdfWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SubmissionService service;
    @Autowired
    EvidenceLibrary evidence;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    UUID candidate;
    Submission submission;

    @BeforeEach
    void aSubmittedPortfolio() {
        fixtures = new SubmissionFixtures(context);
        candidate = fixtures.candidate("Priya Patel", UUID.randomUUID() + "@example.org");
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        evidence.addFile(portfolio, candidate, "workshop-notes.txt", 5, new ByteArrayResource("notes".getBytes()),
                new EvidenceDetails("Workshop notes", null, null, true));
        Round round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
        submission = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());
    }

    @Test
    void theCandidateDownloadsTheirSubmittedPortfolioAsAnAttachedPdfLinkedFromTheSubmissionPage() throws Exception {
        assertThat(mvc.perform(get("/submissions/{id}", submission.id()).with(as(candidate))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/submissions/" + submission.id() + "/portfolio.pdf\"")
                .contains("Download as PDF");

        var response = mvc.perform(get("/submissions/{id}/portfolio.pdf", submission.id()).with(as(candidate)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + submission.reference() + ".pdf\"");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Associate CMALT portfolio, submission " + submission.reference());
            assertThat(new PDFTextStripper().getText(pdf)).contains("Priya Patel", submission.reference(), "Associate CMALT",
                    "What I did for 1a.", "What I learnt from 4a.", "Evidence for 2a.", "About my plans.",
                    "Workshop notes", "workshop-notes.txt");
            assertThat(new PDFTextStripper().getText(pdf)).containsPattern("\\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2} (GMT|BST)");
        }
    }

    @Test
    void anAdministratorMayDownloadItToo() throws Exception {
        RequestPostProcessor admin = user(UUID.randomUUID().toString()).roles("ADMINISTRATOR");
        mvc.perform(get("/submissions/{id}/portfolio.pdf", submission.id()).with(admin))
                .andExpect(status().isOk());
    }

    @Test
    void anotherCandidateAndAnyoneWithoutAGrantFindNothing() throws Exception {
        for (String role : new String[] {"CANDIDATE", "MENTOR", "ASSESSOR"}) {
            mvc.perform(get("/submissions/{id}/portfolio.pdf", submission.id()).with(user(fixtures.candidate().toString()).roles(role)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/submissions/{id}/portfolio.pdf", UUID.randomUUID()).with(as(candidate)))
                .andExpect(status().isNotFound());
    }

    @Test
    void signedOutVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/submissions/{id}/portfolio.pdf", submission.id())).andExpect(redirectedUrl("/sign-in"));
    }

    private static RequestPostProcessor as(UUID person) {
        return user(person.toString()).roles("CANDIDATE");
    }
}
