package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.access.NotPermittedException;
import org.waymark.portfolio.PortfolioChanges;
import org.waymark.portfolio.PortfolioChanges.Fragment;
import org.waymark.portfolio.PortfolioChanges.FragmentKind;
import org.waymark.portfolio.Portfolios;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionRefused;
import org.waymark.submission.internal.SubmissionRefused.Reason;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/**
 * Resubmitting after a referral, through the service, on H2 and PostgreSQL: on the same registration, until the
 * resubmit-by date (judged to the second with a settable clock), once, with a summary, and the word-level changes
 * since the referred snapshot.
 */
@WaymarkTest
@Import(ResubmissionTests.Clocks.class)
class ResubmissionTests {

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
    SubmissionService service;
    @Autowired
    CompletenessCheck completeness;
    @Autowired
    Portfolios portfolios;
    @Autowired
    Registrations registrations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    UUID candidate;
    UUID portfolio;
    RegistrationSummary registration;
    Round round;

    @BeforeEach
    void referredCandidate() {
        CLOCK.now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        fixtures = new SubmissionFixtures(context);
        candidate = fixtures.candidate();
        portfolio = fixtures.completePortfolio(candidate);
        registration = fixtures.paidRegistration(candidate, "associate");
        round = fixtures.rollingRound();
    }

    /** A first submission, accepted and referred, with the candidate to resubmit by {@code resubmitBy}. */
    private Submission referred(Instant resubmitBy) {
        Submission first = service.submit(candidate, portfolio, round.id(), "Lin Manager", "lin@example.org", CLOCK.instant());
        completeness.accept(fixtures.candidate(), first.id());
        service.recordOutcome(first.id(), "referral-minor", "Referral - minor revisions", resubmitBy, UUID.randomUUID());
        return first;
    }

    @Test
    void aReferredPortfolioIsResubmittedOnTheSameRegistrationEvenWhenItNoLongerAllowsAFirstSubmission() {
        Submission first = referred(CLOCK.instant().plus(Duration.ofDays(1000)));
        fixtures.rewrite(candidate, portfolio, "1b", "<p>What I did for 1b, and what my learners said about it.</p>");
        CLOCK.now = CLOCK.now.plus(Duration.ofDays(800)); // past the registration's two years
        assertThat(registrations.validFor(candidate, "associate", CLOCK.instant())).as("no first submission now").isEmpty();

        Submission again = service.resubmit(candidate, first.id(), round.id(), "  I rewrote 1b with my learners' views.  ",
                CLOCK.instant());

        assertThat(again.submissionType()).isEqualTo(SubmissionType.RESUBMISSION);
        assertThat(again.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(again.registrationId()).isEqualTo(registration.id());
        assertThat(again.portfolioId()).isEqualTo(portfolio);
        assertThat(again.lineManagerName()).as("carried over").isEqualTo("Lin Manager");
        assertThat(again.snapshotId()).isNotEqualTo(first.snapshotId());
        Resubmission link = service.resubmissionOf(again.id()).orElseThrow();
        assertThat(link.followsSubmissionId()).isEqualTo(first.id());
        assertThat(link.changeSummary()).isEqualTo("I rewrote 1b with my learners' views.");
        assertThat(service.resubmissionOf(first.id())).isEmpty();
        assertThat(service.resubmissionAfter(first.id())).get().extracting(SubmissionSummary::id).isEqualTo(again.id());
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'submission.submitted' AND object_id = ?")
                .param(again.id().toString()).query(String.class).single()).contains("(resubmission)");

        PortfolioChanges changes = portfolios.changes(first.snapshotId(), again.snapshotId()).orElseThrow();
        assertThat(changes.changedSections()).isEqualTo(1);
        PortfolioChanges.SectionChange changed = changes.sections().stream().filter(PortfolioChanges.SectionChange::changed)
                .findFirst().orElseThrow();
        assertThat(changed.heading()).startsWith("1b");
        assertThat(changed.fields().getFirst().fragments()).containsExactly(new Fragment(FragmentKind.SAME, "What I did for 1b"),
                new Fragment(FragmentKind.INSERTED, ", and what my learners said about it"), new Fragment(FragmentKind.SAME, "."));
        assertThat(portfolios.changes(first.snapshotId(), portfolios.freeze(fixtures.completePortfolio(candidate))))
                .as("snapshots of two portfolios are not compared").isEmpty();
    }

    @Test
    void theReferralAllowsAResubmissionUntilTheSecondBeforeItsDateAndNotAtIt() {
        Instant resubmitBy = CLOCK.instant().plus(Duration.ofDays(56));
        Submission first = referred(resubmitBy);

        SubmissionRefused late = catchThrowableOfType(SubmissionRefused.class,
                () -> service.resubmit(candidate, first.id(), round.id(), "Changes", resubmitBy));
        assertThat(late.reason()).isEqualTo(Reason.RESUBMISSION_CLOSED);
        assertThat(late.getMessage()).contains(service.ukDate(resubmitBy)).contains("has passed");
        assertThat(service.whyNoResubmission(candidate, first.id(), resubmitBy)).isPresent();

        assertThat(service.whyNoResubmission(candidate, first.id(), resubmitBy.minusSeconds(1))).isEmpty();
        Submission again = service.resubmit(candidate, first.id(), round.id(), "Changes", resubmitBy.minusSeconds(1));
        assertThat(again.submissionType()).isEqualTo(SubmissionType.RESUBMISSION);
    }

    @Test
    void aReferralAllowsOneResubmissionUnlessItWasWithdrawn() {
        Submission first = referred(CLOCK.instant().plus(Duration.ofDays(56)));
        Submission again = service.resubmit(candidate, first.id(), round.id(), "Changes", CLOCK.instant());

        SubmissionRefused twice = catchThrowableOfType(SubmissionRefused.class,
                () -> service.resubmit(candidate, first.id(), round.id(), "More changes", CLOCK.instant()));
        assertThat(twice.reason()).isEqualTo(Reason.ALREADY_RESUBMITTED);
        assertThat(twice.getMessage()).contains(again.reference());

        service.withdraw(candidate, again.id(), "Sent too soon");
        assertThat(service.resubmissionAfter(first.id())).isEmpty();
        Submission third = service.resubmit(candidate, first.id(), round.id(), "All my changes", CLOCK.instant());
        assertThat(service.resubmissionOf(third.id()).orElseThrow().changeSummary()).isEqualTo("All my changes");
    }

    @Test
    void onlyTheCandidatesOwnReferredCompleteSubmissionWithASummaryIsResubmitted() {
        Submission passed = service.submit(candidate, portfolio, round.id(), null, null, CLOCK.instant());
        completeness.accept(fixtures.candidate(), passed.id());
        service.recordOutcome(passed.id(), "pass", "Pass", null, UUID.randomUUID());
        assertThat(catchThrowableOfType(SubmissionRefused.class,
                () -> service.resubmit(candidate, passed.id(), round.id(), "Changes", CLOCK.instant())).reason())
                .isEqualTo(Reason.NOT_REFERRED);

        UUID other = fixtures.candidate();
        UUID otherPortfolio = fixtures.completePortfolio(other);
        fixtures.paidRegistration(other, "associate");
        Submission theirs = service.submit(other, otherPortfolio, round.id(), null, null, CLOCK.instant());
        completeness.accept(fixtures.candidate(), theirs.id());
        service.recordOutcome(theirs.id(), "referral-minor", "Referral - minor revisions", CLOCK.instant().plus(Duration.ofDays(56)), null);
        assertThatThrownBy(() -> service.resubmit(candidate, theirs.id(), round.id(), "Changes", CLOCK.instant()))
                .isInstanceOf(NotPermittedException.class);

        assertThat(catchThrowableOfType(SubmissionRefused.class,
                () -> service.resubmit(other, theirs.id(), round.id(), "   ", CLOCK.instant())).reason())
                .isEqualTo(Reason.NO_CHANGE_SUMMARY);
        portfolios.write(other, otherPortfolio, "1a", 0, null, "<p>Still here.</p>", "", "<p>Evidence.</p>",
                SubmissionFixtures.ALL_PRINCIPLES);
        SubmissionRefused incomplete = catchThrowableOfType(SubmissionRefused.class,
                () -> service.resubmit(other, theirs.id(), round.id(), "Changes", CLOCK.instant()));
        assertThat(incomplete.reason()).isEqualTo(Reason.INCOMPLETE);
        assertThat(incomplete.missing()).anyMatch(m -> m.startsWith("1a ") && m.endsWith("No reflection"));
        assertThat(service.submittedBy(other)).as("nothing recorded").hasSize(1);
        assertThat(List.of(theirs.id())).containsExactly(service.submittedBy(other).getFirst().id());
    }
}
