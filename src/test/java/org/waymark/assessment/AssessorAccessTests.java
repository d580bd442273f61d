package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.assessment.internal.allocation.AllocationProposal;
import org.waymark.assessment.internal.allocation.Allocations;
import org.waymark.assessment.internal.allocation.PlaceAnswers;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.ReviewDraft;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.submission.RoundKind;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Rounds;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/**
 * Issue 9's endpoint x role proof for what an assessor may open, reached the way allocation reaches it (confirmed,
 * offered, accepted, reviewed, decided, released through the modules' own services): an evidence file of the snapshot
 * opens only to an assessor who accepted a place on that submission, and only until the assessment ends; the candidate
 * sees nothing of the reviews or the outcome while it is held; and in a blind round no assessor's page or email names
 * the candidate or their institution, from the offer to the changes of a resubmission.
 */
@WaymarkTest
class AssessorAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext spring;
    @Autowired
    People people;
    @Autowired
    SubmissionService submissions;
    @Autowired
    CompletenessCheck completeness;
    @Autowired
    Allocations allocations;
    @Autowired
    PlaceAnswers answers;
    @Autowired
    AssessmentStore store;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Outcomes outcomes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEvidenceFileOpensOnlyToAnAcceptedAssessorOfThatSubmissionAndOnlyUntilTheAssessmentEnds() throws Exception {
        ReviewFixtures f = new ReviewFixtures(spring);
        SubmissionFixtures s = new SubmissionFixtures(spring);
        UUID admin = f.admin(ReviewFixtures.unique("admin"));
        Round round = s.rollingRound();
        UUID owner = s.candidate("Fen Files", ReviewFixtures.unique("fen"));
        Submission withFile = accepted(s, admin, owner, round, true);
        Submission other = accepted(s, admin, s.candidate(), round, false);
        UUID lead = f.assessor(admin, "Lark Lead", ReviewFixtures.unique("lark"), "senior", 3);
        UUID second = f.assessor(admin, "Sky Second", ReviewFixtures.unique("sky"), "cmalt", 0);
        UUID otherLead = f.assessor(admin, "Oak Otherlead", ReviewFixtures.unique("oak"), "senior", 3);
        UUID otherSecond = f.assessor(admin, "Ivy Othersecond", ReviewFixtures.unique("ivy"), "cmalt", 0);
        UUID outsider = f.assessor(admin, "Una Unallocated", ReviewFixtures.unique("una"), "senior", 3);
        allocations.confirm(admin, round.id(), List.of(new AllocationProposal.Pair(withFile.id(), lead, second),
                new AllocationProposal.Pair(other.id(), otherLead, otherSecond)));
        Assessment assessment = store.findBySubmission(withFile.id()).orElseThrow();
        Assessment otherAssessment = store.findBySubmission(other.id()).orElseThrow();
        String portfolio = "/assessor/assessments/" + assessment.id();

        // Offered is not accepted: nothing opens yet.
        assertThat(status(get(portfolio), assessor(second))).isEqualTo(404);
        accept(assessment, second);
        accept(assessment, lead);
        accept(otherAssessment, otherLead);

        // The accepted assessor finds the file in the snapshot and downloads it.
        String file = Jsoup.parse(body(get(portfolio), assessor(second))).select("#snapshot-evidence a[href*='/evidence/']").attr("href");
        assertThat(file).startsWith(portfolio + "/evidence/");
        MockHttpServletResponse download = mvc.perform(get(file).with(assessor(second))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsString()).isEqualTo("workshop notes");
        String evidenceId = file.substring(file.lastIndexOf('/') + 1);

        // Nobody else opens it: not an assessor of another submission (by either assessment's address), not one in
        // the pool without a place, not the owner nor an administrator through the assessors' pages.
        Map<String, RequestPostProcessor> others = new LinkedHashMap<>();
        others.put("assessor of another submission", assessor(otherLead));
        others.put("offered, never accepted, elsewhere", assessor(otherSecond));
        others.put("unallocated assessor", assessor(outsider));
        for (var who : others.entrySet()) {
            assertThat(status(get(file), who.getValue())).as(who.getKey() + " " + file).isEqualTo(404);
            assertThat(status(get(portfolio), who.getValue())).as(who.getKey() + " " + portfolio).isEqualTo(404);
            assertThat(status(get(portfolio + "/file"), who.getValue())).as(who.getKey() + " external file").isEqualTo(404);
        }
        String crossed = "/assessor/assessments/" + otherAssessment.id() + "/evidence/" + evidenceId;
        assertThat(status(get(crossed), assessor(otherLead))).as("a file of one submission through another's assessment").isEqualTo(404);
        assertThat(status(get(file), user(owner.toString()).roles("CANDIDATE"))).isEqualTo(403);
        assertThat(status(get(file), user(admin.toString()).roles("ADMINISTRATOR"))).isEqualTo(403);
        assertThat(mvc.perform(get(file)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/sign-in");

        // Reviewed, decided and released: the assessment has ended, and so has every assessor's access.
        submitBoth(assessment, lead, second, "pass", "Fine work.", "Fine work too.");
        decide(assessment.id(), lead, "pass");
        assertThat(status(get(file), assessor(second))).as("decided, not yet released").isEqualTo(200);
        assertThat(outcomes.release(store.find(assessment.id()).orElseThrow(), admin)).isTrue();
        for (UUID assessor : List.of(lead, second)) {
            assertThat(status(get(file), assessor(assessor))).as("file after release").isEqualTo(404);
            assertThat(status(get(portfolio), assessor(assessor))).as("portfolio after release").isEqualTo(404);
            assertThat(status(get(portfolio + "/review"), assessor(assessor))).as("review after release").isEqualTo(404);
        }
    }

    @Test
    void theCandidateSeesNothingOfTheReviewsOrTheOutcomeWhileItIsHeld() throws Exception {
        ReviewFixtures f = new ReviewFixtures(spring);
        ReviewFixtures.Allocated a = f.allocated(f.rollingRound());
        UUID submission = a.assessment().submissionId();
        RequestPostProcessor candidate = user(a.candidate().toString()).roles("CANDIDATE");
        String leadFeedback = "Held lead feedback " + UUID.randomUUID();
        String secondFeedback = "Held second feedback " + UUID.randomUUID();

        submitBoth(a.assessment(), a.lead(), a.second(), "referral-minor", leadFeedback, secondFeedback);
        decide(a.assessment().id(), a.lead(), "referral-minor");
        assertThat(store.find(a.assessment().id()).orElseThrow().status()).isEqualTo(Assessment.Status.DECIDED);

        assertThat(status(get("/submissions/" + submission + "/outcome"), candidate)).isEqualTo(404);
        for (String path : List.of("/submissions/" + submission, "/submissions", "/home")) {
            String page = body(get(path), candidate);
            assertThat(page).as(path).doesNotContain(leadFeedback).doesNotContain(secondFeedback)
                    .doesNotContain("Referral - minor revisions").doesNotContain("/submissions/" + submission + "/outcome");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE '%result%'")
                .param(a.candidateEmail()).query(Integer.class).single()).as("no result email while held").isZero();

        // Released, the same pages show it: the checks above could have failed.
        assertThat(outcomes.release(store.find(a.assessment().id()).orElseThrow(), a.admin())).isTrue();
        assertThat(body(get("/submissions/" + submission + "/outcome"), candidate)).contains(leadFeedback).contains(secondFeedback)
                .contains("Referral - minor revisions");
        assertThat(body(get("/submissions/" + submission), candidate)).contains("Referral - minor revisions")
                .contains("/submissions/" + submission + "/outcome");
    }

    @Test
    void aBlindRoundNeverShowsTheCandidatesNameOrInstitutionToItsAssessors() throws Exception {
        ReviewFixtures f = new ReviewFixtures(spring);
        SubmissionFixtures s = new SubmissionFixtures(spring);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Zephyrine Quillfeather" + suffix;
        String institution = "Quillfeather College " + suffix;
        UUID admin = f.admin(ReviewFixtures.unique("admin"));
        Instant now = Instant.now();
        Instant closes = now.plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        Round round = spring.getBean(Rounds.class).save(new Round(UUID.randomUUID(), "Blind " + suffix, RoundKind.FIXED,
                now.minus(Duration.ofDays(1)), closes, null, null, closes.plus(Duration.ofDays(60)), null, true, null,
                null, now, now, null));
        UUID candidate = s.candidate(name, ReviewFixtures.unique("zephyrine"));
        people.updateProfile(candidate, "Learning technologist", institution, "Higher education", 4);
        s.paidRegistration(candidate, "associate");
        UUID portfolio = s.completePortfolio(candidate);
        Submission first = submissions.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        completeness.accept(admin, first.id());
        UUID lead = f.assessor(admin, "Bly Lead", ReviewFixtures.unique("bly"), "senior", 3);
        UUID second = f.assessor(admin, "Bea Second", ReviewFixtures.unique("bea"), "cmalt", 0);
        // The name is the one the administrator sees: what is searched for below is really there to be leaked.
        assertThat(body(get("/admin/assessors/allocation/" + round.id()), user(admin.toString()).roles("ADMINISTRATOR"))).contains(name);

        allocations.confirm(admin, round.id(), List.of(new AllocationProposal.Pair(first.id(), lead, second)));
        Assessment assessment = store.findBySubmission(first.id()).orElseThrow();
        assertThat(assessment.blind()).isTrue();
        String base = "/assessor/assessments/" + assessment.id();
        List<String> seen = new java.util.ArrayList<>();
        for (UUID assessor : List.of(lead, second)) {
            seen.add(body(get("/assessor"), assessor(assessor)));
            accept(assessment, assessor);
            seen.add(body(get("/assessor"), assessor(assessor)));
            seen.add(body(get(base), assessor(assessor)));
            seen.add(body(get(base + "/review"), assessor(assessor)));
            seen.add(body(get(base + "/changes"), assessor(assessor)));
        }
        submitBoth(assessment, lead, second, "referral-minor", "Add your learners' view.", "More on 1b, please.");
        for (UUID assessor : List.of(lead, second)) {
            seen.add(body(get(base + "/review"), assessor(assessor)));
            seen.add(body(get(base + "/reconcile"), assessor(assessor)));
        }
        decide(assessment.id(), lead, "referral-minor");
        seen.add(body(get(base + "/reconcile"), assessor(lead)));
        assertThat(outcomes.release(store.find(assessment.id()).orElseThrow(), admin)).isTrue();

        // The candidate resubmits into the same blind round; the same two assess it and read what changed.
        s.rewrite(candidate, portfolio, "1b", "<p>What I did for 1b, with my learners' views.</p>");
        Submission again = submissions.resubmit(candidate, first.id(), round.id(), "I added my learners' views to 1b.", Instant.now());
        completeness.accept(admin, again.id());
        allocations.confirm(admin, round.id(), List.of(new AllocationProposal.Pair(again.id(), lead, second)));
        Assessment resubmission = store.findBySubmission(again.id()).orElseThrow();
        assertThat(resubmission.blind()).isTrue();
        for (UUID assessor : List.of(lead, second)) {
            accept(resubmission, assessor);
            seen.add(body(get("/assessor"), assessor(assessor)));
            seen.add(body(get("/assessor/assessments/" + resubmission.id()), assessor(assessor)));
            String changes = body(get("/assessor/assessments/" + resubmission.id() + "/changes"), assessor(assessor));
            assertThat(changes).contains("I added my learners").contains("(added: ");
            seen.add(changes);
        }

        assertThat(seen).hasSize(21).allSatisfy(page -> assertThat(page).doesNotContain(name).doesNotContain(institution)
                .doesNotContain("Quillfeather"));
        List<String> mail = jdbc.sql("SELECT subject || ' ' || body FROM mail_outbox WHERE recipient IN (?, ?)")
                .params(email(lead), email(second)).query(String.class).list();
        assertThat(mail).as("offers and the reconcile email").hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(m -> assertThat(m).doesNotContain("Quillfeather"));
    }

    private Submission accepted(SubmissionFixtures s, UUID admin, UUID candidate, Round round, boolean withFile) {
        s.paidRegistration(candidate, "associate");
        UUID portfolio = s.completePortfolio(candidate);
        if (withFile) {
            spring.getBean(EvidenceLibrary.class).addFile(portfolio, candidate, "workshop-notes.txt", 14,
                    new ByteArrayResource("workshop notes".getBytes()), new EvidenceDetails("Workshop notes", null, null, true));
        }
        Submission submission = submissions.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        return completeness.accept(admin, submission.id());
    }

    private void accept(Assessment assessment, UUID assessor) {
        answers.accept(assessor, store.currentOf(assessment.id(), assessor).orElseThrow().id());
    }

    /** Both assessors submit a complete review recommending {@code outcome}, the lead grading strong, the second adequate. */
    private void submitBoth(Assessment assessment, UUID lead, UUID second, String outcome, String leadFeedback,
                            String secondFeedback) {
        for (UUID assessor : List.of(second, lead)) {
            Assessment current = store.find(assessment.id()).orElseThrow();
            Place place = reviewing.acceptedPlace(current, assessor).orElseThrow();
            ReviewDraft complete = ReviewFixtures.complete(reviewing.sheet(current), assessor.equals(lead) ? "strong" : "adequate", outcome);
            ReviewDraft draft = new ReviewDraft(complete.sections(), complete.principles(), outcome,
                    assessor.equals(lead) ? leadFeedback : secondFeedback);
            assertThat(reviewing.submit(current, place, reviewing.reviewFor(current, place).version(), draft))
                    .isInstanceOf(Reviewing.Saved.class);
        }
    }

    private void decide(UUID assessmentId, UUID lead, String outcome) {
        Assessment reconciling = store.find(assessmentId).orElseThrow();
        outcomes.agree(reconciling, lead, reconciling.version(), outcome);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                       RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse().getStatus();
    }

    private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                        RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String email(UUID person) {
        return people.find(person).orElseThrow().email();
    }

    private static RequestPostProcessor assessor(UUID person) {
        return user(person.toString()).roles("ASSESSOR");
    }
}
