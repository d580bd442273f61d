package org.waymark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.award.Award;
import org.waymark.award.Awards;
import org.waymark.framework.CorePrinciple;
import org.waymark.support.WaymarkTest;

/**
 * An award's assessment transcript, page and PDF: what it says (every section's and principle's grades by both
 * assessors, named only by their place; the outcome; both assessors' feedback), that the PDF is tagged and reads
 * back, which assessment it is after a referral, and who may see it.
 */
@WaymarkTest
class TranscriptTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext spring;
    @Autowired
    Awards awards;

    @Test
    void theTranscriptPdfReadsBackWithEveryRowsGradesByBothAssessorsTheOutcomeAndBothFeedbacks() throws Exception {
        TranscriptFixtures.Awarded a = new TranscriptFixtures(spring).awarded(unique());
        var response = mvc.perform(get("/awards/{id}/transcript.pdf", a.award().id()).with(as(a.holder(), "CANDIDATE")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"" + a.award().certificateNumber() + "-transcript.pdf\"");

        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Assessment transcript: Cat Candidate, Associate CMALT");
            assertThat(tags(pdf)).contains("H1", "H2", "H3", "Table", "Caption", "THead", "TBody", "TR", "TH", "TD", "Link");

            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Candidate Cat Candidate", "Pathway Associate CMALT", "Assessment type First submission",
                    "Outcome Pass", a.award().certificateNumber(),
                    "Section or principle Assessor 1 (lead) Assessor 2",
                    "Feedback from Assessor 1 (lead) " + TranscriptFixtures.LEAD_FEEDBACK,
                    "Feedback from Assessor 2 " + TranscriptFixtures.SECOND_FEEDBACK,
                    "Recommended outcome Pass Pass", "Agreed outcome Pass");
            assertThat(text.replace(" ", "")).as("the portfolio's address, wrapped in the table")
                    .contains("/submissions/" + a.award().submissionId() + "/portfolio.pdf");
            assertThat(a.sheet().rows()).as("the Associate pathway's seven sections").hasSize(7);
            // Rows compared without white space: the renderer breaks a long heading where it likes ("and /or").
            String unspaced = text.replace(" ", "");
            int row = 0;
            for (ReviewSheet.Row section : a.sheet().rows()) {
                String expected = section.assessed()
                        ? section.heading() + TranscriptFixtures.grade(true, row) + TranscriptFixtures.grade(false, row++)
                        : section.heading() + "CompleteComplete";
                assertThat(unspaced).contains(expected.replace(" ", ""));
            }
            for (CorePrinciple principle : a.sheet().principles()) {
                assertThat(unspaced).contains((principle.name() + TranscriptFixtures.grade(true, row)
                        + TranscriptFixtures.grade(false, row++)).replace(" ", ""));
            }
            assertThat(text).as("assessors are not named").doesNotContain("Lee Lead").doesNotContain("Sam Second");
        }
    }

    @Test
    void theHolderAndAdministratorsSeeTheTranscriptAndNobodyElseFindsIt() throws Exception {
        TranscriptFixtures.Awarded a = new TranscriptFixtures(spring).awarded(unique());
        UUID id = a.award().id();
        String page = mvc.perform(get("/awards/{id}/transcript", id).with(as(a.holder(), "CANDIDATE")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Assessment transcript", "Cat Candidate", "Associate CMALT", "First submission",
                "<caption>", "scope=\"col\"", "scope=\"row\"", "Assessor 1 (lead)", "Assessor 2",
                TranscriptFixtures.LEAD_FEEDBACK, TranscriptFixtures.SECOND_FEEDBACK, "/awards/" + id + "/transcript.pdf")
                .doesNotContain("Lee Lead").doesNotContain("Sam Second");
        assertThat(mvc.perform(get("/awards").with(as(a.holder(), "CANDIDATE"))).andReturn().getResponse().getContentAsString())
                .contains("/awards/" + id + "/transcript");

        RequestPostProcessor admin = as(a.admin(), "ADMINISTRATOR");
        mvc.perform(get("/awards/{id}/transcript", id).with(admin)).andExpect(status().isOk());
        mvc.perform(get("/awards/{id}/transcript.pdf", id).with(admin)).andExpect(status().isOk());

        UUID otherCandidate = new org.waymark.submission.SubmissionFixtures(spring).candidate();
        for (RequestPostProcessor someoneElse : new RequestPostProcessor[] {as(otherCandidate, "CANDIDATE"),
                as(a.lead(), "ASSESSOR"), as(a.second(), "ASSESSOR"), as(otherCandidate, "MENTOR")}) {
            mvc.perform(get("/awards/{id}/transcript", id).with(someoneElse)).andExpect(status().isNotFound());
            mvc.perform(get("/awards/{id}/transcript.pdf", id).with(someoneElse)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/awards/{id}/transcript", id)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/awards/{id}/transcript.pdf", id)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/awards/{id}/transcript", UUID.randomUUID()).with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void aPassAfterAReferralHasTheResubmissionsTranscriptAndSaysItIsTheFinalAssessment() throws Exception {
        TranscriptFixtures.Awarded a = new TranscriptFixtures(spring).awardedAfterReferral(unique());
        String page = mvc.perform(get("/awards/{id}/transcript", a.award().id()).with(as(a.holder(), "CANDIDATE")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.replaceAll("\\s+", " "))
                .contains("Resubmission (the final assessment, after Referral - minor revisions)", "Rae Resubmitter");
        var pdf = mvc.perform(get("/awards/{id}/transcript.pdf", a.award().id()).with(as(a.holder(), "CANDIDATE")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Assessment type Resubmission (the final assessment, after Referral - minor revisions)");
        }
    }

    @Test
    void anAwardWithNoAssessmentInWaymarkSaysItHasNoTranscript() throws Exception {
        UUID holder = new org.waymark.submission.SubmissionFixtures(spring).candidate();
        Award award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);
        assertThat(mvc.perform(get("/awards/{id}/transcript", award.id()).with(as(holder, "CANDIDATE")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("There is no assessment transcript for the award").doesNotContain("transcript.pdf");
        mvc.perform(get("/awards/{id}/transcript.pdf", award.id()).with(as(holder, "CANDIDATE"))).andExpect(status().isNotFound());
    }

    /** Every structure type in the PDF's tag tree. */
    static Set<String> tags(PDDocument pdf) {
        Set<String> types = new HashSet<>();
        collect(pdf.getDocumentCatalog().getStructureTreeRoot(), types);
        return types;
    }

    private static void collect(PDStructureNode node, Set<String> types) {
        if (node == null) {
            return;
        }
        if (node instanceof PDStructureElement element) {
            types.add(element.getStructureType());
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                collect(child, types);
            }
        }
    }

    private static String unique() {
        return "holder-" + UUID.randomUUID() + "@example.org";
    }

    private static RequestPostProcessor as(UUID person, String role) {
        return user(person.toString()).roles(role);
    }
}
