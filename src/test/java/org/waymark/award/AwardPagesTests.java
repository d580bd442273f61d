package org.waymark.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.award.internal.AwardService;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.support.WaymarkTest;

/**
 * The award pages by role: verification for anyone signed in or not (and nothing private on it), the certificate for
 * its holder and administrators only, revoking and reissuing for administrators only.
 */
@WaymarkTest
class AwardPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AwardService awards;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    UUID holder;
    String holderEmail;
    Award award;

    @BeforeEach
    void anAward() {
        fixtures = new SubmissionFixtures(context);
        holderEmail = UUID.randomUUID() + "@example.org";
        holder = fixtures.candidate("Grace Holder", holderEmail);
        award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);
    }

    @Test
    void aSignedOutVisitorChecksACertificateByNumberAndSeesItsStandingButNothingPrivate() throws Exception {
        mvc.perform(get("/verify")).andExpect(status().isOk());
        mvc.perform(get("/verify").param("number", " " + award.certificateNumber().toLowerCase() + " "))
                .andExpect(redirectedUrl("/verify/" + award.verificationToken()));
        String page = mvc.perform(get("/verify/{token}", award.verificationToken())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Grace Holder", award.certificateNumber(), "Valid", "CMALT")
                .doesNotContain(holderEmail).doesNotContain(award.submissionId().toString()).doesNotContain(holder.toString());

        mvc.perform(get("/verify/{token}", "guessed-token")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/verify").param("number", "CMALT-1999-99999")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("No certificate has the number CMALT-1999-99999", "value=\"CMALT-1999-99999\"", "aria-invalid=\"true\"");
        assertThat(mvc.perform(get("/verify").param("number", "42")).andReturn().getResponse().getContentAsString())
                .contains("Enter the certificate number as it is printed");
    }

    @Test
    void theHolderAndAdministratorsDownloadTheCertificateAndNobodyElseFindsIt() throws Exception {
        var response = mvc.perform(get("/awards/{id}/certificate.pdf", award.id()).with(as(holder, "CANDIDATE")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains(award.certificateNumber() + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Grace Holder", award.certificateNumber(), "CMALT",
                    "/verify/" + award.verificationToken());
        }
        mvc.perform(get("/awards/{id}/certificate.pdf", award.id()).with(as(UUID.randomUUID(), "ADMINISTRATOR")))
                .andExpect(status().isOk());
        for (String role : new String[] {"CANDIDATE", "ASSESSOR", "MENTOR"}) {
            mvc.perform(get("/awards/{id}/certificate.pdf", award.id()).with(as(fixtures.candidate(), role)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/awards/{id}/certificate.pdf", award.id())).andExpect(redirectedUrl("/sign-in"));
        assertThat(mvc.perform(get("/awards").with(as(holder, "CANDIDATE"))).andReturn().getResponse().getContentAsString())
                .contains(award.certificateNumber(), "/verify/" + award.verificationToken());
        assertThat(mvc.perform(get("/awards").with(as(fixtures.candidate(), "CANDIDATE"))).andReturn().getResponse()
                .getContentAsString()).contains("You hold no awards yet").doesNotContain(award.certificateNumber());
    }

    @Test
    void onlyAdministratorsRevokeAndTheVerificationPageThenSaysSo() throws Exception {
        for (String role : new String[] {"CANDIDATE", "ASSESSOR"}) {
            mvc.perform(get("/admin/awards").with(as(holder, role))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/awards/{id}/revoke", award.id()).with(as(holder, role)).with(csrf())
                    .param("version", "0").param("reason", "x").param("confirm", "true")).andExpect(status().isForbidden());
        }
        RequestPostProcessor admin = as(UUID.randomUUID(), "ADMINISTRATOR");
        assertThat(mvc.perform(get("/admin/awards").param("q", "grace holder").with(admin)).andReturn().getResponse()
                .getContentAsString()).contains(award.certificateNumber());
        mvc.perform(post("/admin/awards/{id}/revoke", award.id()).with(admin).param("version", "0").param("reason", "x")
                .param("confirm", "true")).andExpect(status().isForbidden()); // no CSRF token

        String unconfirmed = mvc.perform(post("/admin/awards/{id}/revoke", award.id()).with(admin).with(csrf())
                .param("version", "0").param("reason", "Plagiarism")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(unconfirmed).contains("Tick the box to confirm", "Plagiarism");
        assertThat(awards.find(award.id()).orElseThrow().revoked()).isFalse();

        mvc.perform(post("/admin/awards/{id}/revoke", award.id()).with(admin).with(csrf())
                .param("version", "0").param("reason", "Plagiarism").param("confirm", "true"))
                .andExpect(redirectedUrl("/admin/awards/" + award.id()));
        assertThat(mvc.perform(get("/verify/{token}", award.verificationToken())).andReturn().getResponse().getContentAsString())
                .contains("Revoked", "This award was revoked on").doesNotContain("Plagiarism");

        mvc.perform(post("/admin/awards/{id}/reissue", award.id()).with(admin).with(csrf())
                .param("version", "1").param("holderName", "Grace Hopper"))
                .andExpect(redirectedUrl("/admin/awards/" + award.id()));
        assertThat(awards.find(award.id()).orElseThrow().holderName()).isEqualTo("Grace Hopper");
    }

    private static RequestPostProcessor as(UUID person, String role) {
        return user(person.toString()).roles(role);
    }
}
