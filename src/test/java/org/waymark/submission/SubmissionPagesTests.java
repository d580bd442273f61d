package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.core.io.ByteArrayResource;
import org.waymark.portfolio.MissingItem;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/** The candidate's submission pages, and who may reach each of them (everyone else gets 404 or the sign-in page). */
@WaymarkTest
class SubmissionPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SubmissionService service;
    @Autowired
    Portfolios portfolios;
    @Autowired
    EvidenceLibrary evidence;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    UUID candidate;
    UUID portfolio;
    Round round;

    @BeforeEach
    void candidateWithAPaidRegistration() {
        fixtures = new SubmissionFixtures(context);
        candidate = fixtures.candidate();
        portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
    }

    @Test
    void theSubmitPageShowsPathwayRegistrationDeadlineAndChecklistThenSubmitsAndConfirms() throws Exception {
        String page = body(mvc.perform(get("/rounds/{r}/submit", round.id()).param("portfolio", portfolio.toString()).with(as(candidate))));
        assertThat(page).contains("Submit your <span>Associate CMALT</span> portfolio").contains(round.name())
                .contains("Registration <strong>REG-").contains("Complete").containsPattern("(GMT|BST)")
                .contains("conflicts of interest").contains("I confirm this is the portfolio I want assessed")
                .contains("href=\"/portfolios/" + portfolio + "/accessibility\"").contains("accessibility suggestion");

        String location = mvc.perform(post("/rounds/{r}/submit", round.id()).with(csrf()).with(as(candidate))
                        .param("portfolio", portfolio.toString()).param("lineManagerName", "Lin Manager")
                        .param("lineManagerEmail", "lin@example.org").param("declared", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        SubmissionSummary submitted = service.submittedBy(candidate).getFirst();
        assertThat(location).isEqualTo("/submissions/" + submitted.id() + "/submitted");
        assertThat(body(mvc.perform(get(location).with(as(candidate))))).contains("Portfolio submitted")
                .contains(submitted.reference()).contains("emailed you a receipt");
    }

    @Test
    void withoutTheDeclarationNothingIsSubmittedAndNothingTypedIsLost() throws Exception {
        String page = body(mvc.perform(post("/rounds/{r}/submit", round.id()).with(csrf()).with(as(candidate))
                .param("portfolio", portfolio.toString()).param("lineManagerName", "Lin Manager")
                .param("lineManagerEmail", "not an email")));
        assertThat(page).contains("<title>Error: Submit your portfolio").contains("There is a problem")
                .contains("href=\"#declared\"").contains("Confirm this is the portfolio you want assessed")
                .contains("href=\"#lineManagerEmail\"").contains("value=\"Lin Manager\"").contains("value=\"not an email\"");
        assertThat(service.submittedBy(candidate)).isEmpty();
    }

    @Test
    void anIncompletePortfolioIsRefusedOnThePageWithEachMissingItem() throws Exception {
        UUID incomplete = portfolios.start(candidate, "associate");
        String before = body(mvc.perform(get("/rounds/{r}/submit", round.id()).param("portfolio", incomplete.toString()).with(as(candidate))));
        assertThat(before).contains("things are still missing").contains("The confirmation is not signed");

        String page = body(mvc.perform(post("/rounds/{r}/submit", round.id()).with(csrf()).with(as(candidate))
                .param("portfolio", incomplete.toString()).param("declared", "true")));
        assertThat(page).contains("<title>Error:").contains("href=\"#checklist\"").contains("Your portfolio is not complete yet");
        for (String missing : portfolios.missing(incomplete)) {
            assertThat(page).contains(missing);
        }
        assertThat(service.submittedBy(candidate)).isEmpty();
    }

    @Test
    void eachMissingItemLinksToThePageThatPutsItRight() throws Exception {
        UUID incomplete = portfolios.start(candidate, "associate");
        List<MissingItem> items = portfolios.missingItems(incomplete);
        MissingItem oneA = items.stream().filter(i -> i.heading() != null && i.heading().startsWith("1a ")
                && i.problem().equals("No reflection")).findFirst().orElseThrow();

        String page = body(mvc.perform(post("/rounds/{r}/submit", round.id()).with(csrf()).with(as(candidate))
                .param("portfolio", incomplete.toString()).param("declared", "true")));

        assertThat(page).contains("<a href=\"/portfolios/" + incomplete + "/sections/" + oneA.sectionId() + "\">"
                        + oneA.text() + "</a>")
                .contains("<a href=\"/portfolios/" + incomplete + "/confirmation\">The confirmation is not signed</a>")
                .containsPattern("<a href=\"/portfolios/" + incomplete + "/principles\">The core principle [^<]* is not claimed in any section</a>");
        // Every item on the page is a link of its own.
        assertThat(page.split("<li><a href=\"/portfolios/" + incomplete, -1)).hasSize(items.size() + 1);
        mvc.perform(get("/portfolios/{p}/sections/{s}", incomplete, oneA.sectionId()).with(as(candidate)))
                .andExpect(status().isOk());
    }

    @Test
    void withoutARegistrationThePageSaysSoAndLinksToRegistering() throws Exception {
        UUID unregistered = fixtures.candidate();
        UUID theirs = fixtures.completePortfolio(unregistered);
        assertThat(body(mvc.perform(get("/rounds/{r}/submit", round.id()).param("portfolio", theirs.toString()).with(as(unregistered)))))
                .contains("You need a paid registration").contains("href=\"/registrations/new\"");
        assertThat(body(mvc.perform(post("/rounds/{r}/submit", round.id()).with(csrf()).with(as(unregistered))
                .param("portfolio", theirs.toString()).param("declared", "true"))))
                .contains("href=\"#registration\"").contains("paid registration for the Associate CMALT pathway");
    }

    @Test
    void fromThePortfolioTheOnlyOpenRoundIsChosenOrTheCandidateChooses() throws Exception {
        mvc.perform(get("/portfolios/{p}/submit", portfolio).with(as(candidate)))
                .andExpect(result -> {
                    int code = result.getResponse().getStatus();
                    String target = result.getResponse().getRedirectedUrl();
                    if (code == 302) {
                        assertThat(target).contains("/submit?portfolio=" + portfolio);
                    } else {
                        assertThat(result.getResponse().getContentAsString()).contains(round.name());
                    }
                });
        assertThat(body(mvc.perform(get("/portfolios/{p}", portfolio).with(as(candidate)))))
                .contains("href=\"/portfolios/" + portfolio + "/submit\"");
    }

    @Test
    void theCandidateSeesTheirSubmissionsTheSnapshotAndMayWithdraw() throws Exception {
        Submission submission = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        fixtures.rewrite(candidate, portfolio, "1a", "<p>Rewritten after submitting.</p>");

        assertThat(body(mvc.perform(get("/submissions").with(as(candidate))))).contains(submission.reference())
                .contains(round.name()).contains("First submission").contains("waiting for the completeness check");
        assertThat(body(mvc.perform(get("/home").with(as(candidate))))).contains("Your submissions").contains(submission.reference());
        String shown = body(mvc.perform(get("/submissions/{id}", submission.id()).with(as(candidate))));
        assertThat(shown).contains(submission.reference()).contains("What I did for 1a.").doesNotContain("Rewritten")
                .contains("Withdraw this submission");

        assertThat(body(mvc.perform(get("/submissions/{id}/withdraw", submission.id()).with(as(candidate)))))
                .contains("Withdraw submission").contains("Why are you withdrawing it?");
        mvc.perform(post("/submissions/{id}/withdraw", submission.id()).with(csrf()).with(as(candidate)).param("reason", "Wrong version"))
                .andExpect(redirectedUrl("/submissions/" + submission.id()));
        assertThat(body(mvc.perform(get("/submissions/{id}", submission.id()).with(as(candidate)))))
                .contains("Withdrawn").contains("Wrong version").doesNotContain("Withdraw this submission");
    }

    @Test
    void withNoSubmissionsTheListSaysWhatToDo() throws Exception {
        assertThat(body(mvc.perform(get("/submissions").with(as(fixtures.candidate())))))
                .contains("You have not submitted a portfolio yet");
    }

    @Test
    void theSnapshotsEvidenceFileIsServedAsFrozenEvenAfterItIsDeletedFromTheLivePortfolio() throws Exception {
        UUID file = evidence.addFile(portfolio, candidate, "notes.txt", 14, new ByteArrayResource("my first notes".getBytes()),
                new EvidenceDetails("My notes", null, null, true)).id();
        Submission submission = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        evidence.delete(file, candidate);

        assertThat(body(mvc.perform(get("/submissions/{id}", submission.id()).with(as(candidate)))))
                .contains("href=\"/submissions/" + submission.id() + "/evidence/" + file + "\"");
        var response = mvc.perform(get("/submissions/{id}/evidence/{e}", submission.id(), file).with(as(candidate)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsString()).isEqualTo("my first notes");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("notes.txt");
        mvc.perform(get("/submissions/{id}/evidence/{e}", submission.id(), UUID.randomUUID()).with(as(candidate)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/submissions/{id}/evidence/{e}", submission.id(), file).with(as(fixtures.candidate())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherCandidateFindsNothingOfSomeoneElsesSubmission() throws Exception {
        UUID evidence = this.evidence.addFile(portfolio, candidate, "notes.txt", 5, new ByteArrayResource("notes".getBytes()),
                new EvidenceDetails("Notes", null, null, true)).id();
        Submission submission = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        mvc.perform(get("/submissions/{id}/evidence/{e}", submission.id(), evidence).with(as(candidate))).andExpect(status().isOk());
        UUID other = fixtures.candidate();
        fixtures.paidRegistration(other, "associate");
        RequestPostProcessor stranger = as(other);

        mvc.perform(get("/submissions/{id}", submission.id()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/submissions/{id}/submitted", submission.id()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/submissions/{id}/withdraw", submission.id()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/submissions/{id}/withdraw", submission.id()).with(csrf()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/submissions/{id}/evidence/{e}", submission.id(), evidence).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/rounds/{r}/submit", round.id()).param("portfolio", portfolio.toString()).with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portfolios/{p}/submit", portfolio).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/rounds/{r}/submit", round.id()).with(csrf()).with(stranger)
                .param("portfolio", portfolio.toString()).param("declared", "true")).andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/submissions").with(stranger)))).doesNotContain(submission.reference());
        assertThat(service.find(submission.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(service.submittedBy(other)).isEmpty();
    }

    @Test
    void anAdministratorMayReadASubmissionButNotWithdrawIt() throws Exception {
        Submission submission = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        RequestPostProcessor admin = user(UUID.randomUUID().toString()).roles("ADMINISTRATOR");
        assertThat(body(mvc.perform(get("/submissions/{id}", submission.id()).with(admin))))
                .contains(submission.reference()).doesNotContain("Withdraw this submission");
        mvc.perform(post("/submissions/{id}/withdraw", submission.id()).with(csrf()).with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        Submission submission = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        for (String path : new String[] {"/submissions", "/submissions/" + submission.id(), "/rounds/" + round.id() + "/submit",
                "/portfolios/" + portfolio + "/submit", "/submissions/" + submission.id() + "/evidence/" + UUID.randomUUID()}) {
            mvc.perform(get(path)).andExpect(redirectedUrl("/sign-in"));
        }
    }

    @Test
    void aRoundThatDoesNotExistIsNotFound() throws Exception {
        mvc.perform(get("/rounds/{r}/submit", UUID.randomUUID()).param("portfolio", portfolio.toString()).with(as(candidate)))
                .andExpect(status().isNotFound());
    }

    private static RequestPostProcessor as(UUID person) {
        return user(person.toString()).roles("CANDIDATE");
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
