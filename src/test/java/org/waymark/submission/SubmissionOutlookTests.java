package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.waymark.portfolio.Portfolios;
import org.waymark.registration.RegistrationSummary;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/**
 * What a round can expect, worked by hand: one submitted, two nearly complete, four further off at a past rate of one
 * in four. The context is its own (a property no other test sets), so no other test's rounds count as past rounds.
 */
@WaymarkTest
@TestPropertySource(properties = "waymark.test.isolated=submission-outlook")
class SubmissionOutlookTests {

    @Autowired
    ApplicationContext spring;
    @Autowired
    SubmissionForecasts forecasts;
    @Autowired
    SubmissionService submitting;
    @Autowired
    Portfolios portfolios;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoundExpectsWhatIsInTheNearlyCompleteAndThePastRateOfTheRest() {
        SubmissionFixtures fixtures = new SubmissionFixtures(spring);
        Instant now = Instant.now();

        // A fixed round that closed a month ago: four candidates held a valid registration at its deadline, one submitted.
        Round past = fixtures.fixedRound(now.minus(Duration.ofDays(30)));
        jdbc.sql("UPDATE submission_round SET opens_at = ? WHERE id = ?").params(Timestamp.from(now.minus(Duration.ofDays(60))), past.id()).update();
        UUID e1 = registeredLongAgo(fixtures);
        UUID e1Portfolio = fixtures.completePortfolio(e1);
        submitting.submit(e1, e1Portfolio, past.id(), null, null, now.minus(Duration.ofDays(40)));
        for (int i = 0; i < 3; i++) {
            registeredLongAgo(fixtures); // E2 to E4: no portfolio yet
        }

        // The round now open, closing in a month.
        Round open = fixtures.fixedRound(now.plus(Duration.ofDays(30)));
        UUID a = fixtures.candidate();
        fixtures.paidRegistration(a, "associate");
        submitting.submit(a, fixtures.completePortfolio(a), open.id(), null, null, Instant.now());
        UUID b = fixtures.candidate();
        fixtures.paidRegistration(b, "associate");
        fixtures.completePortfolio(b);
        UUID c = fixtures.candidate();
        fixtures.paidRegistration(c, "associate");
        portfolios.start(c, "associate");
        UUID unpaid = fixtures.candidate();
        fixtures.unpaidRegistration(unpaid, "associate");
        fixtures.completePortfolio(unpaid);

        // Submitted: A. Nearly complete: B and E1 (submitted last round, not this one). Further off: C, E2, E3, E4.
        // Past rate: 1 of the 4 valid at the last deadline. Expected 1 + 2 + round(0.25 x 4) = 4. Unpaid does not count.
        assertThat(forecasts.forecast(open.id()).orElseThrow().pathways()).singleElement().satisfies(e -> {
            assertThat(e.pathwayKey()).isEqualTo("associate");
            assertThat(e.submitted()).isEqualTo(1);
            assertThat(e.nearlyComplete()).isEqualTo(2);
            assertThat(e.otherProspects()).isEqualTo(4);
            assertThat(e.pastRate()).isEqualTo(0.25);
            assertThat(e.pastRounds()).isEqualTo(1);
            assertThat(e.expected()).isEqualTo(4);
        });
        assertThat(forecasts.forecast(open.id()).orElseThrow().name()).isEqualTo(open.name());
        assertThat(forecasts.forecast(UUID.randomUUID())).isEmpty();
    }

    /** A candidate whose Associate registration was paid three months ago (valid at the past round's deadline). */
    private UUID registeredLongAgo(SubmissionFixtures fixtures) {
        UUID candidate = fixtures.candidate();
        RegistrationSummary r = fixtures.paidRegistration(candidate, "associate");
        jdbc.sql("UPDATE registration SET paid_at = ? WHERE id = ?").params(Timestamp.from(Instant.now().minus(Duration.ofDays(90))), r.id()).update();
        return candidate;
    }
}
