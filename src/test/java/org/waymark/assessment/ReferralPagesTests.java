package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.assessment.internal.appeal.Appeal;
import org.waymark.assessment.internal.appeal.Appeals;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/**
 * Endpoint x role for the referral pages: resubmitting and appealing are the candidate's own (404 to anyone else,
 * administrators included); the changes page is for whoever may view the resubmission (its assessor through a
 * current grant, administrators, the candidate who owns it); the appeals list and decisions are for administrators (403 to others).
 */
@WaymarkTest
class ReferralPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext spring;
    @Autowired
    SubmissionService submissions;
    @Autowired
    Permissions permissions;
    @Autowired
    Appeals appeals;

    ReferralFixtures fixtures;
    ReferralFixtures.Released referred;
    UUID candidate;
    UUID other;
    UUID admin = UUID.randomUUID();
    UUID assessor = UUID.randomUUID();

    @BeforeEach
    void referredCandidate() {
        fixtures = new ReferralFixtures(spring);
        candidate = fixtures.submissions.candidate();
        other = fixtures.submissions.candidate();
        referred = fixtures.referred(candidate);
    }

    @Test
    void onlyTheCandidateOpensTheResubmitPageAndTheSubmissionPageOffersIt() throws Exception {
        String path = "/submissions/" + referred.submission().id() + "/resubmit";
        Document page = Jsoup.parse(ok(path, as(candidate, "CANDIDATE")));
        assertThat(page.select("#referral").text()).contains("Referral - minor revisions").contains("until");
        assertThat(page.select("input[name=round]").eachAttr("value")).contains(referred.round().id().toString());
        mvc.perform(get(path).with(as(other, "CANDIDATE"))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(admin, "ADMINISTRATOR"))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(assessor, "ASSESSOR"))).andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        mvc.perform(post(path).with(csrf()).with(as(other, "CANDIDATE")).param("round", referred.round().id().toString())
                .param("changeSummary", "x").param("declared", "true")).andExpect(status().isNotFound());

        Document show = Jsoup.parse(ok("/submissions/" + referred.submission().id(), as(candidate, "CANDIDATE")));
        assertThat(show.select("#referral a.button").attr("href")).isEqualTo(path);
        assertThat(show.select("a[href$=/appeal]")).hasSize(1);
    }

    @Test
    void aResubmissionWithoutASummaryIsShownAgainWithTheErrorNextToTheFieldAndNothingLost() throws Exception {
        String path = "/submissions/" + referred.submission().id() + "/resubmit";
        Document page = Jsoup.parse(mvc.perform(post(path).with(csrf()).with(as(candidate, "CANDIDATE"))
                        .param("round", referred.round().id().toString()).param("changeSummary", "  ").param("declared", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#changeSummary-error").text()).contains("Summarise what you changed");
        assertThat(page.select("#changeSummary").attr("aria-describedby")).contains("changeSummary-error");
        assertThat(page.select("input[name=round][checked]").val()).isEqualTo(referred.round().id().toString());
        assertThat(page.select("#declared[checked]")).hasSize(1);

        String longSummary = "I rewrote 1b. ".repeat(10);
        page = Jsoup.parse(mvc.perform(post(path).with(csrf()).with(as(candidate, "CANDIDATE")).param("changeSummary", longSummary))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#changeSummary").text()).isEqualTo(longSummary.strip());
        assertThat(page.select("#round-error").text()).contains("Choose the round");
        assertThat(page.select("#declared-error").text()).contains("Confirm");

        mvc.perform(post(path).with(csrf()).with(as(candidate, "CANDIDATE")).param("round", referred.round().id().toString())
                        .param("changeSummary", "I rewrote 1b.").param("declared", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/submissions/*/submitted"));
        Submission again = submissions.resubmissionAfter(referred.submission().id()).map(s -> submissions.submission(s.id()).orElseThrow())
                .orElseThrow();
        assertThat(Jsoup.parse(ok("/submissions/" + again.id(), as(candidate, "CANDIDATE"))).select(".change-summary").text())
                .isEqualTo("I rewrote 1b.");
        assertThat(Jsoup.parse(ok(path, as(candidate, "CANDIDATE"))).select("#referral .error-message").text())
                .contains("already resubmitted");
    }

    @Test
    void theChangesPageIsForTheAssessorWithACurrentGrantAndAdministratorsOnly() throws Exception {
        fixtures.submissions.rewrite(candidate, referred.portfolio(), "1b", "<p>What I did for 1b, with my learners.</p>");
        Submission again = submissions.resubmit(candidate, referred.submission().id(), referred.round().id(),
                "I added my learners to 1b.", Instant.now());
        UUID assessmentId = fixtures.assessmentOf(again);
        String path = "/assessor/assessments/" + assessmentId + "/changes";

        mvc.perform(get(path).with(as(assessor, "ASSESSOR"))).andExpect(status().isNotFound());
        permissions.grant(assessor, Relation.ASSESSOR, Submitting.OBJECT_TYPE, again.id(), Instant.now().plusSeconds(3600));
        Document page = Jsoup.parse(ok(path, as(assessor, "ASSESSOR")));
        assertThat(page.select(".change-summary").text()).isEqualTo("I added my learners to 1b.");
        assertThat(page.select("h3").eachText()).anyMatch(h -> h.startsWith("1b ") && h.endsWith("changed"));
        assertThat(page.select(".changes-text ins").text()).isEqualTo("(added: , with my learners)");
        assertThat(page.text()).doesNotContain(fixtures.nameOf(candidate));
        // The assessors' pages are for assessors: administrators and candidates, even the owner, are refused.
        mvc.perform(get(path).with(as(admin, "ADMINISTRATOR"))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(as(candidate, "CANDIDATE"))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(as(other, "CANDIDATE"))).andExpect(status().isForbidden());
        mvc.perform(get("/assessor/assessments/" + UUID.randomUUID() + "/changes").with(as(assessor, "ASSESSOR")))
                .andExpect(status().isNotFound());

        permissions.end(assessor, Relation.ASSESSOR, Submitting.OBJECT_TYPE, again.id());
        mvc.perform(get(path).with(as(assessor, "ASSESSOR"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheCandidateAppealsAndOnlyAdministratorsSeeAndDecideAppeals() throws Exception {
        String path = "/submissions/" + referred.submission().id() + "/appeal";
        assertThat(Jsoup.parse(ok(path, as(candidate, "CANDIDATE"))).select("form textarea#reason")).hasSize(1);
        mvc.perform(get(path).with(as(other, "CANDIDATE"))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as(admin, "ADMINISTRATOR"))).andExpect(status().isNotFound());
        mvc.perform(post(path).with(csrf()).with(as(other, "CANDIDATE")).param("reason", "Not mine")).andExpect(status().isNotFound());

        Document blank = Jsoup.parse(mvc.perform(post(path).with(csrf()).with(as(candidate, "CANDIDATE")).param("reason", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(blank.select("#reason-error").text()).contains("Give the reason");
        mvc.perform(post(path).with(csrf()).with(as(candidate, "CANDIDATE")).param("reason", "2a was not read"))
                .andExpect(status().is3xxRedirection());
        Appeal appeal = appeals.ofSubmission(referred.submission().id()).orElseThrow();

        assertThat(ok("/admin/appeals", as(admin, "ADMINISTRATOR"))).contains(referred.submission().reference());
        for (RequestPostProcessor notAdmin : new RequestPostProcessor[] {as(candidate, "CANDIDATE"), as(assessor, "ASSESSOR")}) {
            mvc.perform(get("/admin/appeals").with(notAdmin)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/appeals/" + appeal.id()).with(notAdmin)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/appeals/" + appeal.id() + "/decision").with(csrf()).with(notAdmin)
                    .param("decision", "UPHELD").param("decisionReason", "x")).andExpect(status().isForbidden());
        }
        Document missing = Jsoup.parse(mvc.perform(post("/admin/appeals/" + appeal.id() + "/decision").with(csrf())
                        .with(as(admin, "ADMINISTRATOR")).param("decisionReason", "Kept"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(missing.select("#decision-error").text()).contains("Choose");
        assertThat(missing.select("#decisionReason").text()).isEqualTo("Kept");
        mvc.perform(post("/admin/appeals/" + appeal.id() + "/decision").with(csrf()).with(as(admin, "ADMINISTRATOR"))
                .param("decision", "UPHELD").param("decisionReason", "The reviews read 2a.")).andExpect(status().is3xxRedirection());
        assertThat(Jsoup.parse(ok(path, as(candidate, "CANDIDATE"))).text()).contains("Outcome upheld").contains("The reviews read 2a.");
        mvc.perform(get("/admin/appeals/" + UUID.randomUUID()).with(as(admin, "ADMINISTRATOR"))).andExpect(status().isNotFound());
    }

    private String ok(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor as(UUID person, String... roles) {
        return user(person.toString()).roles(roles);
    }
}
