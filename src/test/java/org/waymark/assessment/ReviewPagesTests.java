package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Review;
import org.waymark.support.WaymarkTest;

/**
 * Every review and outcome page for every role, at every stage (in review, reconciling, decided, released): who gets
 * the page, who finds nothing (404), who is refused by the URL rule (403), who is sent to sign in. Then what the
 * pages do: autosave and its conflict, submission's messages next to each field, the lock, the refused outcome, the
 * differences marked in words.
 */
@WaymarkTest
class ReviewPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext spring;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Outcomes outcomes;
    @Autowired
    AssessmentStore store;
    @Autowired
    People people;

    ReviewFixtures fixtures() {
        return new ReviewFixtures(spring);
    }

    /** Everyone the pages care about. */
    record Cast(ReviewFixtures.Allocated a, UUID otherCandidate, UUID unallocated) {
        Map<String, RequestPostProcessor> roles() {
            Map<String, RequestPostProcessor> roles = new LinkedHashMap<>();
            roles.put("candidate owner", as(a.candidate()));
            roles.put("other candidate", as(otherCandidate));
            roles.put("lead", as(a.lead()));
            roles.put("second", as(a.second()));
            roles.put("unallocated assessor", as(unallocated));
            roles.put("administrator", as(a.admin()));
            return roles;
        }
    }

    Cast cast() {
        ReviewFixtures f = fixtures();
        ReviewFixtures.Allocated a = f.allocated(f.rollingRound());
        UUID other = new org.waymark.submission.SubmissionFixtures(spring).candidate();
        UUID unallocated = f.assessor(a.admin(), "Una Allocated", ReviewFixtures.unique("una"), "senior", 5);
        return new Cast(a, other, unallocated);
    }

    @Test
    void everyEndpointAtEveryStageAnswersEachRoleAsItShould() throws Exception {
        Cast c = cast();
        UUID id = c.a().assessment().id();
        UUID submission = c.a().assessment().submissionId();
        String review = "/assessor/assessments/" + id + "/review";
        String reconcile = "/assessor/assessments/" + id + "/reconcile";
        String outcome = "/submissions/" + submission + "/outcome";
        String admin = "/admin/assessments/" + id;

        // In review: each assessor their own review; nobody the other's, nor the reconciliation, nor the outcome.
        expect(c, () -> get(review), Map.of("candidate owner", 403, "other candidate", 403, "lead", 200, "second", 200,
                "unallocated assessor", 404, "administrator", 403));
        expect(c, () -> get(reconcile), Map.of("candidate owner", 403, "other candidate", 403, "lead", 404, "second", 404,
                "unallocated assessor", 404, "administrator", 403));
        expect(c, () -> get(outcome), Map.of("candidate owner", 404, "other candidate", 404, "lead", 404, "second", 404,
                "unallocated assessor", 404, "administrator", 404));
        expect(c, () -> get("/admin/assessments?round=" + c.a().round().id()), Map.of("candidate owner", 403, "other candidate", 403,
                "lead", 403, "second", 403, "unallocated assessor", 403, "administrator", 200));
        expect(c, () -> get(admin), Map.of("candidate owner", 403, "other candidate", 403, "lead", 403, "second", 403,
                "unallocated assessor", 403, "administrator", 200));
        expect(c, () -> post(review).param("version", "0").param("action", "save").with(csrf()), Map.of("candidate owner", 403,
                "other candidate", 403, "unallocated assessor", 404, "administrator", 403));
        for (String path : List.of(review, reconcile, outcome, admin, "/admin/assessments")) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getRedirectedUrl()).as("anonymous " + path).isEqualTo("/sign-in");
        }
        String lead = page(get(review), as(c.a().lead()));
        assertThat(lead).doesNotContain("reconcile");

        // Both in: both assessors see the reviews side by side; only the lead may record the outcome.
        submitBoth(c.a(), "pass");
        expect(c, () -> get(reconcile), Map.of("candidate owner", 403, "other candidate", 403, "lead", 200, "second", 200,
                "unallocated assessor", 404, "administrator", 403));
        assertThat(Jsoup.parse(page(get(reconcile), as(c.a().second()))).select("form[action$=reconcile]")).as("second: no form").isEmpty();
        assertThat(Jsoup.parse(page(get(reconcile), as(c.a().lead()))).select("form[action$=reconcile]")).hasSize(1);
        expect(c, () -> post(reconcile).param("outcome", "pass").param("version", "1").with(csrf()), Map.of("second", 404,
                "unallocated assessor", 404, "administrator", 403, "candidate owner", 403));
        expect(c, () -> get(outcome), Map.of("candidate owner", 404, "administrator", 404));

        // Decided, held: the candidate still finds nothing; release is the administrators' alone.
        Assessment reconciling = store.find(id).orElseThrow();
        outcomes.agree(reconciling, c.a().lead(), reconciling.version(), "pass");
        expect(c, () -> get(outcome), Map.of("candidate owner", 404, "other candidate", 404, "lead", 404, "administrator", 404));
        expect(c, () -> post(admin + "/release").with(csrf()), Map.of("candidate owner", 403, "lead", 403, "second", 403,
                "unallocated assessor", 403));
        expect(c, () -> post(admin + "/moderate").param("outcome", "pass").with(csrf()), Map.of("lead", 403, "candidate owner", 403));
        assertThat(page(get(admin + "/release"), as(c.a().admin()))).contains("Yes, release the results");
        MockHttpServletResponse released = mvc.perform(post(admin + "/release").with(csrf()).with(as(c.a().admin()))).andReturn().getResponse();
        assertThat(released.getRedirectedUrl()).isEqualTo(admin);
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(Assessment.Status.RELEASED);

        // Released: the owner reads the outcome; the assessors' access has ended.
        expect(c, () -> get(outcome), Map.of("candidate owner", 200, "other candidate", 404, "lead", 404, "second", 404,
                "unallocated assessor", 404, "administrator", 404));
        expect(c, () -> get(review), Map.of("lead", 404, "second", 404));
        expect(c, () -> get(reconcile), Map.of("lead", 404, "second", 404));
        Document result = Jsoup.parse(page(get(outcome), as(c.a().candidate())));
        assertThat(result.select("h1").text()).isEqualTo("Your assessment result: Pass");
        assertThat(result.select("thead th").eachText()).containsExactly("Section or principle", "Lead assessor", "Second assessor", "Agreement");
        assertThat(result.select("#resubmit-by")).as("a pass has no resubmission date").isEmpty();
        assertThat(result.text()).contains("Well done on a thoughtful portfolio.").doesNotContain("Lee Lead").doesNotContain("Sam Second");
        assertThat(page(get("/submissions/" + submission), as(c.a().candidate()))).contains("/submissions/" + submission + "/outcome");
    }

    @Test
    void autosaveAnswersWithTheVersionAndAStaleOneWithBothTexts() throws Exception {
        ReviewFixtures.Allocated a = fixtures().allocated(fixtures().rollingRound());
        String path = "/assessor/assessments/" + a.assessment().id() + "/review";
        page(get(path), as(a.second())); // starts the draft, version 0

        MockHttpServletResponse saved = mvc.perform(post(path).with(csrf()).with(as(a.second())).header("HX-Request", "true")
                .param("version", "0").param("grade-1a-1", "strong").param("comment-1a-1", "Mine, first")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(saved.getContentAsString()).select("#review-version").attr("value")).isEqualTo("1");
        assertThat(saved.getContentAsString()).doesNotContain("Mine, first");

        MockHttpServletResponse stale = mvc.perform(post(path).with(csrf()).with(as(a.second())).header("HX-Request", "true")
                .param("version", "0").param("comment-1a-1", "From the other tab")).andReturn().getResponse();
        assertThat(stale.getHeader("HX-Trigger")).isEqualTo("waymark:conflict");
        assertThat(stale.getContentAsString()).contains("Mine, first").contains("Keep mine").contains("Take theirs");

        MockHttpServletResponse noScript = mvc.perform(post(path).with(csrf()).with(as(a.second())).param("action", "save")
                .param("version", "0").param("comment-1a-1", "From the other tab")).andReturn().getResponse();
        assertThat(noScript.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(noScript.getContentAsString());
        assertThat(page.select("#comment-1a-1").text()).as("my text kept in the form").isEqualTo("From the other tab");
        assertThat(page.select("#conflict-panel").text()).contains("Mine, first");

        MockHttpServletResponse kept = mvc.perform(post(path).with(csrf()).with(as(a.second())).param("action", "keep-mine")
                .param("version", "0").param("theirsVersion", "1").param("comment-1a-1", "From the other tab")).andReturn().getResponse();
        assertThat(kept.getRedirectedUrl()).isEqualTo(path);
        assertThat(reviewing.review(a.assessment(), a.second()).orElseThrow().row(Review.RowKind.SECTION, "1a#1").orElseThrow()
                .comment()).isEqualTo("From the other tab");
    }

    @Test
    void submittingShowsEachProblemNextToItsFieldKeepsTheTextThenLocks() throws Exception {
        ReviewFixtures.Allocated a = fixtures().allocated(fixtures().rollingRound());
        String path = "/assessor/assessments/" + a.assessment().id() + "/review";
        page(get(path), as(a.lead()));

        MockHttpServletResponse incomplete = mvc.perform(post(path).with(csrf()).with(as(a.lead())).param("action", "submit")
                .param("version", "0").param("grade-1a-1", "strong").param("comment-1b-1", "Half a thought")
                .param("feedback", "Draft feedback")).andReturn().getResponse();
        assertThat(incomplete.getStatus()).isEqualTo(422);
        Document page = Jsoup.parse(incomplete.getContentAsString());
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("#error-summary a[href=#grade-1b-1]").text())
                .isEqualTo("Choose a grade for 1b Technical knowledge and ability in the use of learning technology");
        assertThat(page.select("#grade-1b-1-error").text()).contains("Choose a grade for 1b");
        assertThat(page.selectFirst("#grade-1b-1").closest("fieldset").attr("aria-describedby")).isEqualTo("grade-1b-1-error");
        assertThat(page.select("#complete-context-1-error").text()).contains("Say whether Contextual statement is complete");
        assertThat(page.select("#recommendedOutcome-error").text()).contains("Choose the outcome you recommend");
        assertThat(page.select("#comment-1b-1").text()).isEqualTo("Half a thought");
        assertThat(page.select("#grade-1a-1").attr("checked")).isNotNull();
        assertThat(page.select("input[name=grade-1a-1][checked]").val()).isEqualTo("strong");
        assertThat(page.select("#review-version").val()).isEqualTo("1");
        assertThat(page.select("input[name=recommendedOutcome]").eachAttr("value")).as("only the allowed outcomes")
                .containsExactly("pass-with-distinction", "pass", "referral-minor", "referral-major");

        Assessment assessment = store.find(a.assessment().id()).orElseThrow();
        ReviewSheet sheet = reviewing.sheet(assessment);
        var all = post(path).with(csrf()).with(as(a.lead())).param("action", "submit").param("version", "1")
                .param("recommendedOutcome", "pass").param("feedback", "Clear and reflective.");
        for (ReviewSheet.Row row : sheet.rows()) {
            all = row.assessed() ? all.param("grade-" + row.id(), "adequate") : all.param("complete-" + row.id(), "yes");
        }
        for (var p : sheet.principles()) {
            all = all.param("principle-" + p.key(), "strong");
        }
        assertThat(mvc.perform(all).andReturn().getResponse().getRedirectedUrl()).isEqualTo(path);
        Document locked = Jsoup.parse(page(get(path), as(a.lead())));
        assertThat(locked.select("form#review-form")).as("read-only").isEmpty();
        assertThat(locked.select("#review-state").text()).startsWith("Submitted");
        assertThat(locked.text()).contains("Clear and reflective.");

        MockHttpServletResponse after = mvc.perform(post(path).with(csrf()).with(as(a.lead())).param("action", "save")
                .param("version", "2").param("feedback", "Changed my mind")).andReturn().getResponse();
        assertThat(after.getStatus()).isEqualTo(409);
        assertThat(after.getContentAsString()).contains("This review was submitted and is locked: nothing was changed.");
        assertThat(reviewing.review(assessment, a.lead()).orElseThrow().feedback()).isEqualTo("Clear and reflective.");
    }

    @Test
    void theLeadSeesTheDifferencesInWordsAndARefusedOutcomeSaysWhyNextToTheField() throws Exception {
        ReviewFixtures.Allocated a = fixtures().allocated(fixtures().rollingRound());
        submitBoth(a, "pass");
        String path = "/assessor/assessments/" + a.assessment().id() + "/reconcile";
        Document page = Jsoup.parse(page(get(path), as(a.lead())));
        assertThat(page.select("tr.differs")).as("every graded row differs: strong against adequate").hasSize(5 + 4);
        assertThat(page.select("tr.differs").first().text()).contains("Strong").contains("Adequate").contains("Grades differ");
        assertThat(page.select(".review-differences").text()).contains("The grades differ on 9 of 11 rows.");

        Assessment reconciling = store.find(a.assessment().id()).orElseThrow();
        MockHttpServletResponse refused = mvc.perform(post(path).with(csrf()).with(as(a.lead())).param("outcome", "fail")
                .param("version", String.valueOf(reconciling.version()))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        Document again = Jsoup.parse(refused.getContentAsString());
        assertThat(again.select("#outcome-error").text()).contains("Fail is not allowed for a first submission: choose Pass with distinction");
        assertThat(again.select("input[name=outcome][checked]").val()).isEqualTo("fail");
        assertThat(store.find(a.assessment().id()).orElseThrow().status()).isEqualTo(Assessment.Status.RECONCILING);

        assertThat(mvc.perform(post(path).with(csrf()).with(as(a.lead())).param("outcome", "pass")
                .param("version", String.valueOf(reconciling.version()))).andReturn().getResponse().getRedirectedUrl()).isEqualTo(path);
        assertThat(store.find(a.assessment().id()).orElseThrow().outcome()).isEqualTo("pass");

        String admin = "/admin/assessments/" + a.assessment().id();
        Assessment decided = store.find(a.assessment().id()).orElseThrow();
        MockHttpServletResponse noReason = mvc.perform(post(admin + "/moderate").with(csrf()).with(as(a.admin()))
                .param("outcome", "referral-minor").param("reason", "").param("version", String.valueOf(decided.version())))
                .andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(noReason.getContentAsString()).select("#moderate-reason-error").text()).contains("Say why you are changing the outcome");
        assertThat(mvc.perform(post(admin + "/moderate").with(csrf()).with(as(a.admin())).param("outcome", "referral-minor")
                .param("reason", "3a needs evidence").param("version", String.valueOf(decided.version())))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(admin);
        assertThat(page(get(admin), as(a.admin()))).contains("Referral - minor revisions").contains("3a needs evidence");
    }

    void submitBoth(ReviewFixtures.Allocated a, String outcome) {
        for (UUID assessor : List.of(a.second(), a.lead())) {
            Assessment current = store.find(a.assessment().id()).orElseThrow();
            var place = reviewing.acceptedPlace(current, assessor).orElseThrow();
            Review review = reviewing.reviewFor(current, place);
            assertThat(reviewing.submit(current, place, review.version(), ReviewFixtures.complete(reviewing.sheet(current),
                    assessor.equals(a.lead()) ? "strong" : "adequate", outcome))).isInstanceOf(Reviewing.Saved.class);
        }
    }

    private void expect(Cast c, java.util.function.Supplier<MockHttpServletRequestBuilder> requests, Map<String, Integer> statuses) throws Exception {
        for (var entry : statuses.entrySet()) {
            MockHttpServletRequestBuilder request = requests.get();
            MockHttpServletResponse response = mvc.perform(request.with(c.roles().get(entry.getKey()))).andReturn().getResponse();
            int status = response.getStatus() == 302 && response.getRedirectedUrl() != null
                    && !response.getRedirectedUrl().contains("sign-in") ? 200 : response.getStatus();
            assertThat(status).as(entry.getKey() + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getRequestURI()).isEqualTo(entry.getValue());
        }
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    static RequestPostProcessor as(UUID person) {
        return user(person.toString()).roles("CANDIDATE");
    }
}
