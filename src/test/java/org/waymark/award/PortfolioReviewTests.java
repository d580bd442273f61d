package org.waymark.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.assessment.ReviewFixtures;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.store.Review;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.award.internal.AwardService;
import org.waymark.framework.Outcome;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.SubmissionType;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.Round;
import org.waymark.support.WaymarkTest;

/**
 * The portfolio review, a third submission type, on H2 and PostgreSQL: a holder whose award stands (valid or lapsed)
 * submits their portfolio for review into a round, frozen like any submission; it is assessed with the same review
 * form, with the outcomes the framework file allows a review; a released confirmation moves the next review three
 * years on (once), and a referral leaves the date and tells the holder to resubmit.
 */
@WaymarkTest
class PortfolioReviewTests {

    @Autowired
    AwardService awards;
    @Autowired
    Submitting submitting;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Outcomes outcomes;
    @Autowired
    AssessmentStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    SubmissionFixtures fixtures;
    Round round;

    @BeforeEach
    void aRound() {
        fixtures = new SubmissionFixtures(context);
        round = fixtures.rollingRound();
    }

    @Test
    void aLapsedHolderSubmitsAReviewFrozenLikeAnySubmissionAndSomeoneWithoutAnAwardStandingCannot() {
        Holder h = holder(awards.today().minusYears(2).minusMonths(10));
        assertThat(h.award().standing(awards.today())).isEqualTo(Award.Standing.LAPSED);

        UUID id = awards.submitPortfolioReview(h.id(), h.portfolio(), round.id());

        SubmissionSummary review = submitting.find(id).orElseThrow();
        assertThat(review.type()).isEqualTo(SubmissionType.PORTFOLIO_REVIEW);
        assertThat(review.type().label()).isEqualTo("Portfolio review");
        assertThat(review.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(review.snapshotId()).isNotNull();
        assertThat(review.pathwayKey()).isEqualTo("associate");

        UUID stranger = fixtures.candidate();
        fixtures.paidRegistration(stranger, "associate");
        UUID strangersPortfolio = fixtures.completePortfolio(stranger);
        assertThatThrownBy(() -> awards.submitPortfolioReview(stranger, strangersPortfolio, round.id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("You hold no Associate CMALT award");
        assertThatThrownBy(() -> awards.submitPortfolioReview(stranger, h.portfolio(), round.id()))
                .isInstanceOf(IllegalStateException.class).hasMessage("That portfolio is not yours.");

        Holder revoked = holder(awards.today().minusYears(1));
        awards.revoke(UUID.randomUUID(), revoked.award().id(), revoked.award().version(), "Misconduct");
        assertThatThrownBy(() -> awards.submitPortfolioReview(revoked.id(), revoked.portfolio(), round.id()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("You hold no");
        assertThat(submitting.submittedBy(revoked.id())).isEmpty();
    }

    @Test
    void aConfirmingReviewReleasedMovesTheNextReviewThreeYearsOnOnceAndIssuesNothingNew() {
        Holder h = holder(awards.today().minusYears(3).plusMonths(1));
        LocalDate due = h.award().portfolioReviewDueOn();
        UUID id = awards.submitPortfolioReview(h.id(), h.portfolio(), round.id());
        ReviewFixtures.Allocated a = new ReviewFixtures(context).allocatedAsSubmitted(id, h.email());

        assertThat(a.assessment().type().label()).isEqualTo("Portfolio review");
        assertThat(reviewing.sheet(a.assessment()).outcomesAllowed()).extracting(Outcome::name)
                .containsExactly("Award confirmed", "Referral - minor revisions", "Referral - major revisions");
        decideAndRelease(a, "confirmed");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(awards.find(h.award().id()).orElseThrow().portfolioReviewDueOn()).isEqualTo(due.plusYears(3)));
        assertThat(awards.heldBy(h.id())).as("nothing new awarded").hasSize(1);
        assertThat(awards.confirmByReview(h.id(), "associate", id, null).orElseThrow().portfolioReviewDueOn())
                .as("the same result delivered again moves it once").isEqualTo(due.plusYears(3));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'award.review-confirmed' AND object_id = ?")
                .param(h.award().id().toString()).query(Integer.class).single()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mail(h.email()))
                .contains("Your portfolio review confirmed your award " + h.award().certificateNumber()));
    }

    @Test
    void aReferredReviewLeavesTheDateAndTellsTheHolderToResubmitForReview() {
        Holder h = holder(awards.today().minusYears(3));
        UUID id = awards.submitPortfolioReview(h.id(), h.portfolio(), round.id());
        ReviewFixtures.Allocated a = new ReviewFixtures(context).allocatedAsSubmitted(id, h.email());

        decideAndRelease(a, "referral-minor");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT body FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Your CMALT assessment result%'")
                .param(h.email()).query(String.class).list()).singleElement().asString()
                .contains("Referral - minor revisions", "Your award stands meanwhile", "resubmit it for review"));
        assertThat(awards.find(h.award().id()).orElseThrow().portfolioReviewDueOn()).isEqualTo(h.award().portfolioReviewDueOn());
        assertThat(awards.heldBy(h.id())).hasSize(1);
    }

    @Test
    void onlyTheHolderSubmitsAReviewFromTheirAwardsPageConfirmedWithProblemsShownByTheFields() throws Exception {
        Holder h = holder(awards.today().minusYears(2));
        var holder = user(h.id().toString()).roles("CANDIDATE");
        assertThat(mvc.perform(get("/awards").with(holder)).andReturn().getResponse().getContentAsString())
                .contains("/awards/" + h.award().id() + "/review");
        assertThat(mvc.perform(get("/awards/{id}/review", h.award().id()).with(holder)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("Submit your portfolio for review", h.award().certificateNumber(), "value=\"" + h.portfolio() + "\"",
                        "value=\"" + round.id() + "\"");

        String unconfirmed = mvc.perform(post("/awards/{id}/review", h.award().id()).with(holder).with(csrf())
                        .param("portfolio", h.portfolio().toString()).param("round", round.id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unconfirmed).contains("Confirm this is the portfolio you want reviewed", "href=\"#declared\"", "aria-invalid=\"true\"");
        assertThat(submitting.submittedBy(h.id())).isEmpty();

        for (String role : new String[] {"CANDIDATE", "ASSESSOR", "ADMINISTRATOR"}) {
            var someoneElse = user(UUID.randomUUID().toString()).roles(role);
            mvc.perform(get("/awards/{id}/review", h.award().id()).with(someoneElse)).andExpect(status().isNotFound());
            mvc.perform(post("/awards/{id}/review", h.award().id()).with(someoneElse).with(csrf())
                    .param("portfolio", h.portfolio().toString()).param("round", round.id().toString())
                    .param("declared", "true")).andExpect(status().isNotFound());
        }
        mvc.perform(post("/awards/{id}/review", h.award().id()).with(holder).param("portfolio", h.portfolio().toString())
                .param("round", round.id().toString()).param("declared", "true")).andExpect(status().isForbidden()); // no CSRF

        String location = mvc.perform(post("/awards/{id}/review", h.award().id()).with(holder).with(csrf())
                        .param("portfolio", h.portfolio().toString()).param("round", round.id().toString())
                        .param("declared", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        SubmissionSummary review = submitting.submittedBy(h.id()).getFirst();
        assertThat(location).isEqualTo("/submissions/" + review.id() + "/submitted");
        assertThat(review.type()).isEqualTo(SubmissionType.PORTFOLIO_REVIEW);
        mvc.perform(get(location).with(holder)).andExpect(status().isOk());

        String again = mvc.perform(post("/awards/{id}/review", h.award().id()).with(holder).with(csrf())
                        .param("portfolio", h.portfolio().toString()).param("round", round.id().toString())
                        .param("declared", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("already have a submission in progress");
    }

    record Holder(UUID id, String email, Award award, UUID portfolio) {
    }

    /** A holder of an Associate award made on that day, with a paid registration and a complete portfolio. */
    private Holder holder(LocalDate awardedOn) {
        String email = UUID.randomUUID() + "@example.org";
        UUID id = fixtures.candidate("Rae Reviewed", email);
        Award award = awards.recordEarlier(id, "associate", awardedOn, null);
        fixtures.paidRegistration(id, "associate");
        return new Holder(id, email, award, fixtures.completePortfolio(id));
    }

    private void decideAndRelease(ReviewFixtures.Allocated a, String outcome) {
        for (UUID assessor : List.of(a.second(), a.lead())) {
            Assessment current = store.find(a.assessment().id()).orElseThrow();
            var place = reviewing.acceptedPlace(current, assessor).orElseThrow();
            Review review = reviewing.reviewFor(current, place);
            assertThat(reviewing.submit(current, place, review.version(),
                    ReviewFixtures.complete(reviewing.sheet(current), "adequate", outcome))).isInstanceOf(Reviewing.Saved.class);
        }
        Assessment reconciling = store.find(a.assessment().id()).orElseThrow();
        Assessment decided = outcomes.agree(reconciling, a.lead(), reconciling.version(), outcome);
        assertThat(outcomes.release(decided, a.admin())).isTrue();
    }

    private List<String> mail(String email) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ?").param(email).query(String.class).list();
    }
}
