package org.waymark.submission.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.Role;
import org.waymark.submission.internal.ExternalTestSupport;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.support.WaymarkTest;

@WaymarkTest
class ExternalSubmissionWebTests extends ExternalTestSupport {

    private static final String ACCESS = "Sign in as assessor@example.org with the password tea-and-biscuits";

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor as(UUID person, String... roles) {
        return user(person.toString()).roles(roles.length == 0 ? new String[] {"CANDIDATE"} : roles);
    }

    private MockMultipartHttpServletRequestBuilder post(Round round, UUID candidate) {
        MockMultipartHttpServletRequestBuilder request = multipart("/rounds/" + round.id() + "/submit-external");
        request.param("pathway", "cmalt").with(as(candidate)).with(csrf());
        return request;
    }

    private MockMultipartHttpServletRequestBuilder withMap(MockMultipartHttpServletRequestBuilder request, Map<String, String> map) {
        map.forEach((row, location) -> request.param("at-" + row, location));
        return request;
    }

    private Submission submitted(UUID candidate, String fileOrNull) {
        Round round = openRound();
        return fileOrNull == null
                ? external.submitExternal(candidate, round.id(), "cmalt", new org.waymark.submission.internal.ExternalPortfolio(
                        "https://sites.google.com/view/my-cmalt", null, ACCESS, fullMap("cmalt"), Map.of(), null, null, true), Instant.now())
                : external.submitExternal(candidate, round.id(), "cmalt", file(fileOrNull, pdf(), fullMap("cmalt")), Instant.now());
    }

    @Test
    void aPortfolioWrittenElsewhereHasNoWaymarkPdfAndTheSubmissionPageOffersNone() throws Exception {
        UUID candidate = registeredCandidate("cmalt");
        Submission submission = submitted(candidate, null);
        mvc.perform(get("/submissions/" + submission.id() + "/portfolio.pdf").with(as(candidate))).andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(mvc.perform(get("/submissions/" + submission.id()).with(as(candidate)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("Download as PDF");
    }

    @Test
    void theFormHasOneLabelledBoxPerRequiredSectionOfTheCandidatesPathway() throws Exception {
        UUID candidate = registeredCandidate("cmalt");
        Round round = openRound();
        mvc.perform(get("/rounds/" + round.id() + "/submit-external").with(as(candidate)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"at-1b\">1b Technical knowledge and ability in the use of learning technology</label>")))
                .andExpect(content().string(containsString("<label for=\"at-specialist-0\">5a Specialist area</label>")))
                .andExpect(content().string(containsString("id=\"at-plans\"")))
                .andExpect(content().string(not(containsString("at-advanced"))))
                .andExpect(content().string(containsString("_csrf=")));
    }

    @Test
    void withoutAValidRegistrationThePageSaysSoAndHasNoForm() throws Exception {
        mvc.perform(get("/rounds/" + openRound().id() + "/submit-external").with(as(person())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You need a registration first")))
                .andExpect(content().string(not(containsString("multipart/form-data"))));
    }

    @Test
    void aLinkWithItsMapIsSubmittedAndTheConfirmationGivesTheReference() throws Exception {
        UUID candidate = registeredCandidate("cmalt");
        Round round = openRound();
        String location = mvc.perform(withMap(post(round, candidate), fullMap("cmalt")).param("kind", "LINK")
                        .param("url", "https://sites.google.com/view/my-cmalt").param("access", ACCESS).param("declared", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/rounds/" + round.id() + "/submit-external/*"))
                .andReturn().getResponse().getRedirectedUrl();
        Submission submission = external.find(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
        assertThat(submission.externalAccess()).isEqualTo(ACCESS);
        mvc.perform(get(location).with(as(candidate)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Portfolio submitted")))
                .andExpect(content().string(containsString(submission.reference())));
        mvc.perform(get(location).with(as(person()))).andExpect(status().isNotFound());
    }

    @Test
    void onErrorEverythingTypedComesBackAndTheFileMustBeChosenAgain() throws Exception {
        UUID candidate = registeredCandidate("cmalt");
        Map<String, String> map = fullMap("cmalt");
        map.put("1a", "Section one A, page 3");
        map.remove("2b");
        mvc.perform(withMap(post(openRound(), candidate), map).param("kind", "FILE").param("lineManagerName", "Lee Manager")
                        .file(new MockMultipartFile("file", "portfolio.pdf", "application/pdf", pdf())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Submit a portfolio written elsewhere - Waymark</title>")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#at-2b\">Say where 2b An understanding of your target learners is: a page link or a heading")))
                .andExpect(content().string(containsString("href=\"#declared\"")))
                .andExpect(content().string(containsString("value=\"Section one A, page 3\"")))
                .andExpect(content().string(containsString("value=\"Lee Manager\"")))
                .andExpect(content().string(containsString("value=\"FILE\" checked")))
                .andExpect(content().string(containsString(ExternalSubmissionController.CHOOSE_AGAIN)));
        assertThat(jdbc.sql("SELECT count(*) FROM submission WHERE candidate_id = ?").param(candidate).query(Long.class).single()).isZero();
    }

    @Test
    void addAnotherAreaAddsARowAndKeepsWhatWasTyped() throws Exception {
        UUID candidate = registeredCandidate("senior");
        Round round = openRound();
        MockMultipartHttpServletRequestBuilder request = multipart("/rounds/" + round.id() + "/submit-external");
        request.param("pathway", "senior").param("rows-advanced", "1").param("at-advanced-0", "Advanced area one")
                .param("add", "advanced").with(as(candidate)).with(csrf());
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"at-advanced-1\">6b Advanced area (optional)</label>")))
                .andExpect(content().string(containsString("value=\"Advanced area one\"")))
                .andExpect(content().string(containsString("name=\"rows-advanced\" value=\"2\"")))
                .andExpect(content().string(not(containsString("There is a problem"))));
    }

    @Test
    void accessDetailsAreShownToAdministratorsButOnlyAsGivenToTheCandidateAndNotAtAllToAnotherCandidate() throws Exception {
        UUID candidate = registeredCandidate("cmalt");
        Submission submission = submitted(candidate, null);
        mvc.perform(get("/submissions/" + submission.id()).with(as(candidate)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("https://sites.google.com/view/my-cmalt")))
                .andExpect(content().string(containsString("Access details given: yes")))
                .andExpect(content().string(containsString("1b Technical knowledge and ability in the use of learning technology")))
                .andExpect(content().string(not(containsString("tea-and-biscuits"))));
        mvc.perform(get("/submissions/" + submission.id()).with(as(person())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("tea-and-biscuits"))));
        mvc.perform(get("/admin/submissions/" + submission.id()).with(as(person(Role.ADMINISTRATOR), "ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ACCESS)))
                .andExpect(content().string(containsString("Every required section is there.")));
        mvc.perform(get("/admin/submissions/" + submission.id()).with(as(candidate)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFileDownloadsOnlyForItsOwnerAndForAdministratorsAtTheirOwnAddress() throws Exception {
        UUID owner = registeredCandidate("cmalt");
        Submission submission = submitted(owner, "my portfolio.pdf");
        UUID other = person();
        UUID administrator = person(Role.ADMINISTRATOR);
        String candidateUrl = "/submissions/" + submission.id() + "/file";
        String adminUrl = "/admin/submissions/" + submission.id() + "/file";
        ResultMatcher thePdf = content().bytes(pdf());

        mvc.perform(get("/admin/submissions/" + submission.id()).with(as(administrator, "ADMINISTRATOR")))
                .andExpect(content().string(containsString("href=\"" + adminUrl + "\"")));
        mvc.perform(get("/submissions/" + submission.id()).with(as(owner)))
                .andExpect(content().string(containsString("href=\"" + candidateUrl + "\"")));
        mvc.perform(get(candidateUrl).with(as(owner))).andExpect(status().isOk()).andExpect(thePdf)
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(candidateUrl).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get(candidateUrl).with(as(administrator, "ADMINISTRATOR"))).andExpect(status().isNotFound());
        mvc.perform(get(candidateUrl)).andExpect(status().is3xxRedirection());

        mvc.perform(get(adminUrl).with(as(administrator, "ADMINISTRATOR"))).andExpect(status().isOk()).andExpect(thePdf);
        mvc.perform(get(adminUrl).with(as(owner))).andExpect(status().isForbidden());
        mvc.perform(get(adminUrl).with(as(other))).andExpect(status().isForbidden());
        mvc.perform(get(adminUrl)).andExpect(status().is3xxRedirection());

        Submission linkOnly = submitted(registeredCandidate("cmalt"), null);
        mvc.perform(get("/admin/submissions/" + linkOnly.id() + "/file").with(as(administrator, "ADMINISTRATOR")))
                .andExpect(status().isNotFound());
    }

    @Autowired
    ExternalUploadTooLargeResolver tooLarge;

    @Test
    @SuppressWarnings("unchecked")
    void anUploadOverTheMultipartLimitShowsTheFormAgainWithTheLimitAndNothingElseIsAnswered() {
        UUID candidate = registeredCandidate("cmalt");
        Round round = openRound();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(candidate.toString(), null, "ROLE_CANDIDATE"));
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/rounds/" + round.id() + "/submit-external");
            request.setQueryString("pathway=cmalt&_csrf=token");
            ModelAndView page = tooLarge.resolveException(request, new MockHttpServletResponse(), null,
                    new MaxUploadSizeExceededException(1024));
            assertThat(page.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
            assertThat(page.getViewName()).isEqualTo("submission/external-form");
            assertThat((Map<String, String>) page.getModel().get("errors")).containsExactly(Map.entry("file",
                    "The selected file must be smaller than 25 MB. Choose a smaller file and fill in the form again: nothing you sent was received"));
            assertThat(page.getModel().get("pathway")).extracting("key").isEqualTo("cmalt");

            assertThat(tooLarge.resolveException(new MockHttpServletRequest("POST", "/portfolios/" + UUID.randomUUID() + "/evidence"),
                    new MockHttpServletResponse(), null, new MaxUploadSizeExceededException(1024))).isNull();
            assertThat(tooLarge.resolveException(request, new MockHttpServletResponse(), null, new IllegalStateException())).isNull();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
