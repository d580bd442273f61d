package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.ResultsRelease;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Review;
import org.waymark.submission.SettableClock;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.Submitting;
import org.waymark.support.WaymarkTest;

/**
 * Fixed rounds release on their results date, by the job: nothing before the date, everything decided once it has
 * passed, each assessment once however many runs (or nodes) try; rolling rounds wait for an administrator.
 */
@WaymarkTest(properties = "waymark.assessment.release-cron=-")
@Import(ResultsReleaseTests.Clocks.class)
class ResultsReleaseTests {

    static final SettableClock CLOCK = new SettableClock();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @Autowired
    ApplicationContext spring;
    @Autowired
    ResultsRelease job;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Outcomes outcomes;
    @Autowired
    AssessmentStore store;
    @Autowired
    Submitting submitting;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void now() {
        CLOCK.now = Instant.now();
    }

    @Test
    void decidedAssessmentsOfAFixedRoundAreReleasedOnceWhenTheResultsDateHasPassed() throws Exception {
        ReviewFixtures f = new ReviewFixtures(spring);
        ReviewFixtures.Allocated fixed = f.allocated(f.fixedRound(Instant.now().plus(Duration.ofDays(10))));
        ReviewFixtures.Allocated rolling = f.allocated(f.rollingRound());
        decide(fixed, "referral-major");
        decide(rolling, "pass");
        Instant resultsDate = submitting.roundSummary(fixed.round().id()).orElseThrow().resultsReleasedAt();

        CLOCK.now = resultsDate.minusSeconds(1);
        assertThat(job.releaseDue()).as("held until the results date").isZero();
        assertThat(store.find(fixed.assessment().id()).orElseThrow().status()).isEqualTo(Assessment.Status.DECIDED);

        CLOCK.now = resultsDate.plusSeconds(1);
        assertThat(job.releaseDue()).isEqualTo(1);
        assertThat(job.releaseDue()).as("once").isZero();
        Assessment released = store.find(fixed.assessment().id()).orElseThrow();
        assertThat(released.status()).isEqualTo(Assessment.Status.RELEASED);
        assertThat(released.releasedAt()).isEqualTo(CLOCK.now);
        assertThat(submitting.find(fixed.assessment().submissionId()).orElseThrow().status()).isEqualTo(SubmissionStatus.DECIDED);
        assertThat(submitting.outcome(fixed.assessment().submissionId()).orElseThrow().resubmitBy())
                .as("six months for a major referral").isEqualTo(java.time.ZonedDateTime.ofInstant(CLOCK.now, java.time.ZoneOffset.UTC)
                        .plusMonths(6).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(store.find(rolling.assessment().id()).orElseThrow().status()).as("rolling rounds wait for an administrator")
                .isEqualTo(Assessment.Status.DECIDED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'assessment.released' AND object_id = ?")
                .param(fixed.assessment().id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void twoNodesReleasingAtOnceReleaseEachAssessmentOnce() throws Exception {
        ReviewFixtures f = new ReviewFixtures(spring);
        ReviewFixtures.Allocated fixed = f.allocated(f.fixedRound(Instant.now().plus(Duration.ofDays(10))));
        decide(fixed, "pass");
        CLOCK.now = submitting.roundSummary(fixed.round().id()).orElseThrow().resultsReleasedAt().plusSeconds(60);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> run = () -> {
                    start.await();
                    return job.releaseDue();
                };
                runs.add(nodes.submit(run));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertThat(total).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(submitting.outcome(fixed.assessment().submissionId())).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'assessment.released' AND object_id = ?")
                .param(fixed.assessment().id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    private void decide(ReviewFixtures.Allocated a, String outcome) {
        for (UUID assessor : List.of(a.second(), a.lead())) {
            Assessment current = store.find(a.assessment().id()).orElseThrow();
            var place = reviewing.acceptedPlace(current, assessor).orElseThrow();
            Review review = reviewing.reviewFor(current, place);
            reviewing.submit(current, place, review.version(), ReviewFixtures.complete(reviewing.sheet(current), "adequate", outcome));
        }
        Assessment reconciling = store.find(a.assessment().id()).orElseThrow();
        outcomes.agree(reconciling, a.lead(), reconciling.version(), outcome);
    }
}
