package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.People;
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.internal.allocation.AllocationProposal;
import org.waymark.assessment.internal.allocation.Allocations;
import org.waymark.assessment.internal.allocation.PlaceAnswers;
import org.waymark.assessment.internal.allocation.RoundAllocation;
import org.waymark.assessment.internal.allocation.Swap;
import org.waymark.assessment.internal.appeal.Appeal;
import org.waymark.assessment.internal.appeal.Appeals;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.assessment.internal.store.Review;
import org.waymark.award.Awards;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.Submitting;
import org.waymark.support.WaymarkTest;

/**
 * An appeal decided "reassess", from the administrator's decision to the new outcome: the submission waits on its
 * round's allocation page, is never proposed to (nor can be given to) the assessors of the appealed outcome, goes to
 * new assessors through the same allocation, acceptance, reviews, reconciliation and release, and the new outcome
 * replaces the appealed one for the candidate while the appealed assessment stays as it was, and a pass is awarded
 * as any pass is. Emails and audit at each step. On H2 and PostgreSQL.
 */
@WaymarkTest
class ReassessmentAfterAppealTests {

    @Autowired
    ApplicationContext spring;
    @Autowired
    MockMvc mvc;
    @Autowired
    Appeals appeals;
    @Autowired
    RoundAllocation rounds;
    @Autowired
    Allocations allocations;
    @Autowired
    PlaceAnswers answers;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Outcomes outcomes;
    @Autowired
    AssessmentStore store;
    @Autowired
    Submitting submitting;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Awards awards;

    @Test
    void anAppealDecidedReassessGoesToNewAssessorsAndItsOutcomeReplacesTheAppealedOne() throws Exception {
        ReviewFixtures fixtures = new ReviewFixtures(spring);
        ReviewFixtures.Allocated a = fixtures.allocated(fixtures.rollingRound());
        UUID submission = a.assessment().submissionId();
        String reference = submitting.find(submission).orElseThrow().reference();
        review(a.assessment().id(), a.lead(), a.second(), "referral-major");
        Assessment appealed = store.find(a.assessment().id()).orElseThrow();
        outcomes.release(outcomes.agree(appealed, a.lead(), appealed.version(), "referral-major"), a.admin());

        Appeal appeal = appeals.appeal(a.candidate(), submission, "The assessors did not read my evidence for 3a.");
        mvc.perform(post("/admin/appeals/" + appeal.id() + "/decision").param("decision", "REASSESS")
                        .param("decisionReason", "The evidence for 3a was overlooked.")
                        .with(user(a.admin().toString()).roles("ADMINISTRATOR")).with(csrf()))
                .andExpect(redirectedUrl("/admin/appeals/" + appeal.id()));

        // The candidate hears the decision; the administrators hear that it waits to be allocated.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(mailTo(a.candidateEmail())).anySatisfy(m -> assertThat(m)
                    .startsWith("Your appeal on " + reference + " has been decided").contains("assessed again by new assessors"));
            assertThat(mailTo(people.find(a.admin()).orElseThrow().email())).anySatisfy(m -> assertThat(m)
                    .startsWith("Allocate " + reference + " to new assessors")
                    .contains("/admin/assessors/allocation/" + a.round().id()));
        });

        // It waits on its round's allocation page, open, never proposed to the appealed outcome's assessors.
        RoundAllocation.View view = rounds.view(a.round().id()).orElseThrow();
        assertThat(view.open()).extracting(s -> s.id()).contains(submission);
        assertThat(view.reassessment(submission)).isTrue();
        view.proposal().pair(submission).ifPresent(p -> assertThat(List.of(p.lead(), p.second()))
                .doesNotContain(a.lead(), a.second()));

        String allocationPage = page("/admin/assessors/allocation/" + a.round().id(), a.admin(), "allocation");
        assertThat(org.jsoup.Jsoup.parse(allocationPage).select("th[scope=row]:contains(" + reference + ")").text())
                .contains("Reassessment after an appeal: new assessors only");
        assertThat(org.jsoup.Jsoup.parse(page("/admin/appeals/" + appeal.id(), a.admin(), "appeal-waiting")).select(".panel").text())
                .contains("waiting on its round's allocation page").contains("Allocation of the round");

        // Choosing one of them is refused with its own reason, next to the choice.
        UUID newLead = fixtures.assessor(a.admin(), "Nia Newlead", ReviewFixtures.unique("newlead"), "senior", 3);
        UUID newSecond = fixtures.assessor(a.admin(), "Ned Newsecond", ReviewFixtures.unique("newsecond"), "cmalt", 0);
        Refused refused = (Refused) org.assertj.core.api.Assertions.catchThrowable(() -> allocations.confirm(a.admin(),
                a.round().id(), List.of(new AllocationProposal.Pair(submission, a.lead(), newSecond))));
        assertThat(refused.problems().get(Allocations.field(Swap.Role.LEAD, submission)))
                .contains("Lee Lead assessed the outcome of " + reference + " that was appealed");

        // New assessors: a second assessment of the same submission, offered to them; the candidate is told.
        List<Assessment> made = allocations.confirm(a.admin(), a.round().id(),
                List.of(new AllocationProposal.Pair(submission, newLead, newSecond)));
        Assessment again = made.getFirst();
        assertThat(again.id()).isNotEqualTo(appealed.id());
        assertThat(store.findBySubmission(submission)).get().extracting(Assessment::id).isEqualTo(again.id());
        assertThat(store.allOf(submission)).extracting(Assessment::id).containsExactly(appealed.id(), again.id());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(a.candidateEmail()))
                .anySatisfy(m -> assertThat(m).startsWith("New assessors have been chosen for " + reference)
                        .doesNotContain("Nia Newlead").doesNotContain("Ned Newsecond")));
        assertThatThrownBy(() -> allocations.confirm(a.admin(), a.round().id(),
                List.of(new AllocationProposal.Pair(submission, newLead, newSecond))))
                .as("allocated once").isInstanceOf(Allocations.AlreadyAllocated.class);
        // Nor can an appealed assessor be offered a place on it later.
        assertThatThrownBy(() -> allocations.offer(a.admin(), a.round().id(), again.id(), Swap.Role.SECOND, a.second()))
                .isInstanceOf(Refused.class).hasMessageContaining("assessed the outcome of " + reference + " that was appealed");
        assertThat(org.jsoup.Jsoup.parse(page("/admin/appeals/" + appeal.id(), a.admin(), "appeal-allocated")).select(".panel").text())
                .contains("New assessors have been allocated: the reassessment is in review");
        // Until the new outcome is released, the candidate still has the appealed one.
        assertThat(submitting.outcome(submission).orElseThrow().outcomeKey()).isEqualTo("referral-major");

        // Accept, review, reconcile, release: as for any assessment.
        for (UUID assessor : List.of(newLead, newSecond)) {
            Place offered = store.currentOf(again.id(), assessor).orElseThrow();
            answers.accept(assessor, offered.id());
        }
        review(again.id(), newLead, newSecond, "pass");
        Assessment reconciling = store.find(again.id()).orElseThrow();
        assertThat(outcomes.release(outcomes.agree(reconciling, newLead, reconciling.version(), "pass"), a.admin())).isTrue();

        // The new outcome replaces the appealed one for the candidate; the appealed assessment stays as it was.
        assertThat(submitting.outcome(submission).orElseThrow().outcomeKey()).isEqualTo("pass");
        assertThat(submitting.find(submission).orElseThrow().status()).isEqualTo(SubmissionStatus.DECIDED);
        Assessment kept = store.find(appealed.id()).orElseThrow();
        assertThat(kept.status()).isEqualTo(Assessment.Status.RELEASED);
        assertThat(kept.outcome()).isEqualTo("referral-major");
        assertThat(store.releasedOf(submission)).get().extracting(Assessment::id).isEqualTo(again.id());
        assertThat(rounds.view(a.round().id()).orElseThrow().open()).extracting(s -> s.id()).doesNotContain(submission);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(a.candidateEmail()))
                .filteredOn(m -> m.startsWith("Your CMALT assessment result for " + reference)).as("the appealed and the new")
                .hasSize(2));

        // The reassessed pass is an award like any other: one certificate, for this submission, and its email.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(awards.heldBy(a.candidate()))
                .singleElement().satisfies(award -> {
                    assertThat(award.submissionId()).isEqualTo(submission);
                    assertThat(award.outcomeKey()).isEqualTo("pass");
                    assertThat(award.certificateNumber()).matches("CMALT-\\d{4}-\\d{5}");
                    assertThat(mailTo(a.candidateEmail())).anySatisfy(m -> assertThat(m)
                            .startsWith("Your certificate " + award.certificateNumber()));
                }));

        // Every state change is in the audit trail.
        assertThat(audit(submission)).contains("assessment.appealed", "appeal.decided", "assessment.allocated",
                "assessment.accepted", "submission.decided", "submission.outcome-replaced");
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE object_id = ? AND action = 'submission.outcome-replaced'")
                .param(submission.toString()).query(String.class).single())
                .isEqualTo(reference + ": Referral - major revisions replaced by Pass after a reassessment on appeal");
    }

    private void review(UUID assessmentId, UUID lead, UUID second, String outcome) {
        for (UUID assessor : List.of(second, lead)) {
            Assessment current = store.find(assessmentId).orElseThrow();
            Place place = reviewing.acceptedPlace(current, assessor).orElseThrow();
            Review review = reviewing.reviewFor(current, place);
            assertThat(reviewing.submit(current, place, review.version(),
                    ReviewFixtures.complete(reviewing.sheet(current), "adequate", outcome))).isInstanceOf(Reviewing.Saved.class);
        }
    }

    /** The page as the administrator sees it; kept under target/screens to look at. */
    private String page(String path, UUID admin, String name) throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                        .with(user(admin.toString()).roles("ADMINISTRATOR")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.nio.file.Path screens = java.nio.file.Path.of("target", "screens");
        java.nio.file.Files.createDirectories(screens);
        java.nio.file.Files.writeString(screens.resolve("reassessment-" + name + ".html"), html);
        return html;
    }

    private List<String> mailTo(String email) {
        return jdbc.sql("SELECT subject || ' ' || body FROM mail_outbox WHERE recipient = ? ORDER BY created_at")
                .param(email).query(String.class).list();
    }

    private List<String> audit(UUID submission) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE object_id = ? ORDER BY occurred_at").param(submission.toString())
                .query(String.class).list();
    }
}
