package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.portfolio.PortfolioSnapshot;
import org.waymark.portfolio.Portfolios;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionRefused;
import org.waymark.submission.internal.SubmissionRefused.Reason;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.submission.internal.Submissions;
import org.waymark.support.WaymarkTest;

/** Submitting a Waymark portfolio and withdrawing it, through the service, on H2 and PostgreSQL. */
@WaymarkTest
class SubmittingTests {

    @Autowired
    SubmissionService service;
    @Autowired
    Submissions submissions;
    @Autowired
    Portfolios portfolios;
    @Autowired
    Registrations registrations;
    @Autowired
    Permissions permissions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    UUID candidate;
    Instant now;

    @BeforeEach
    void candidate() {
        fixtures = new SubmissionFixtures(context);
        candidate = fixtures.candidate();
        now = Instant.now();
    }

    @Test
    void aCompletePortfolioWithAPaidRegistrationIsSubmittedFrozenRecordedAndAudited() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        RegistrationSummary registration = fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));

        Submission submission = service.submit(candidate, portfolio, round.id(), " Lin Manager ", "lin@example.org", Instant.now());

        assertThat(submission.reference()).matches("SUB-\\d{4}-[A-Z2-9]{6}");
        assertThat(submission.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submission.submissionType()).isEqualTo(SubmissionType.FIRST);
        assertThat(submission.registrationId()).isEqualTo(registration.id());
        assertThat(submission.lineManagerName()).isEqualTo("Lin Manager");
        assertThat(submission.decisionDueAt()).isEqualTo(round.decisionDueFor(submission.submittedAt()));
        assertThat(portfolios.snapshot(submission.snapshotId())).get()
                .satisfies(s -> assertThat(s.portfolioId()).isEqualTo(portfolio));
        assertThat(registrations.find(registration.id()).orElseThrow().firstSubmittedAt()).isNotNull();
        assertThat(permissions.relations(candidate, Submitting.OBJECT_TYPE, submission.id())).containsExactly(Relation.OWNER);
        assertThat(audit(submission.id(), "submission.submitted")).singleElement().asString()
                .contains(submission.reference()).contains(round.name());
        assertThat(service.submittedBy(candidate)).singleElement()
                .satisfies(s -> assertThat(s.roundName()).isEqualTo(round.name()));
    }

    @Test
    void anIncompletePortfolioIsRefusedWithEverythingItStillNeeds() {
        UUID portfolio = portfolios.start(candidate, "associate");
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));

        SubmissionRefused refused = catchThrowableOfType(SubmissionRefused.class,
                () -> service.submit(candidate, portfolio, round.id(), null, null, Instant.now()));

        assertThat(refused.reason()).isEqualTo(Reason.INCOMPLETE);
        assertThat(refused.missing()).isEqualTo(portfolios.missing(portfolio))
                .contains("The confirmation is not signed")
                .anyMatch(m -> m.startsWith("1a ") && m.endsWith("No reflection"));
        assertThat(refused.missingItems()).isEqualTo(portfolios.missingItems(portfolio))
                .anySatisfy(item -> {
                    assertThat(item.heading()).startsWith("1a ");
                    assertThat(item.problem()).isEqualTo("No reflection");
                    assertThat(item.sectionId()).isNotNull();
                    assertThat(item.path()).isEqualTo("/portfolios/" + portfolio + "/sections/" + item.sectionId());
                })
                .anySatisfy(item -> {
                    assertThat(item.problem()).isEqualTo("The confirmation is not signed");
                    assertThat(item.sectionId()).isNull();
                    assertThat(item.path()).isEqualTo("/portfolios/" + portfolio + "/confirmation");
                })
                .anySatisfy(item -> {
                    assertThat(item.problem()).contains("is not claimed in any section");
                    assertThat(item.path()).isEqualTo("/portfolios/" + portfolio + "/principles");
                });
        assertThat(service.submittedBy(candidate)).isEmpty();
    }

    @Test
    void withoutAPaidRegistrationForThePathwayNothingIsSubmitted() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));
        fixtures.paidRegistration(candidate, "cmalt"); // another pathway's does not count
        fixtures.unpaidRegistration(candidate, "associate");

        SubmissionRefused refused = catchThrowableOfType(SubmissionRefused.class,
                () -> service.submit(candidate, portfolio, round.id(), null, null, Instant.now()));

        assertThat(refused.reason()).isEqualTo(Reason.NOT_REGISTERED);
        assertThat(refused.getMessage()).contains("paid registration for the Associate CMALT pathway");
        assertThat(service.submittedBy(candidate)).isEmpty();
    }

    @Test
    void anExpiredRegistrationNoLongerLetsTheCandidateSubmit() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        RegistrationSummary registration = registrations.find(fixtures.paidRegistration(candidate, "associate").id()).orElseThrow();
        Round rolling = fixtures.rollingRound();

        assertThat(catchThrowableOfType(SubmissionRefused.class,
                () -> service.submit(candidate, portfolio, rolling.id(), null, null, registration.expiresAt())).reason())
                .isEqualTo(Reason.NOT_REGISTERED);
        assertThat(service.submit(candidate, portfolio, rolling.id(), null, null, registration.expiresAt().minusSeconds(1)))
                .satisfies(s -> assertThat(s.decisionDueAt()).isEqualTo(registration.expiresAt().minusSeconds(1).plus(Duration.ofDays(56))));
    }

    @Test
    void theDeadlineIsJudgedToTheSecondWhenTheRequestArrived() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofHours(1)));
        Instant deadline = round.closesAt();

        SubmissionRefused late = catchThrowableOfType(SubmissionRefused.class,
                () -> service.submit(candidate, portfolio, round.id(), null, null, deadline));
        assertThat(late.reason()).isEqualTo(Reason.ROUND_NOT_OPEN);
        assertThat(late.getMessage()).contains("The deadline for " + round.name() + " was ").contains("extension");

        Submission inTime = service.submit(candidate, portfolio, round.id(), null, null, deadline.minusSeconds(1));
        assertThat(inTime.extensionId()).isNull();
    }

    @Test
    void anExtensionLetsOneCandidateSubmitAfterTheDeadlineUntilItEnds() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofHours(1)));
        Instant until = round.closesAt().plus(Duration.ofDays(7));
        var extension = fixtures.extension(round, candidate, until);

        UUID other = fixtures.candidate();
        UUID othersPortfolio = fixtures.completePortfolio(other);
        fixtures.paidRegistration(other, "associate");
        assertThat(catchThrowableOfType(SubmissionRefused.class,
                () -> service.submit(other, othersPortfolio, round.id(), null, null, until.minusSeconds(1))).reason())
                .as("someone else's extension does not help").isEqualTo(Reason.ROUND_NOT_OPEN);

        assertThat(catchThrowableOfType(SubmissionRefused.class,
                () -> service.submit(candidate, portfolio, round.id(), null, null, until)).reason())
                .as("one second after the extension ends").isEqualTo(Reason.ROUND_NOT_OPEN);
        Submission submitted = service.submit(candidate, portfolio, round.id(), null, null, until.minusSeconds(1));
        assertThat(submitted.extensionId()).isEqualTo(extension.id());
        assertThat(service.deadlineFor(round, candidate)).contains(until);
    }

    @Test
    void theSnapshotStaysAsSubmittedWhileTheLivePortfolioIsEdited() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));
        Submission submission = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());

        fixtures.rewrite(candidate, portfolio, "1a", "<p>Rewritten after submitting.</p>");

        PortfolioSnapshot snapshot = portfolios.snapshot(submission.snapshotId()).orElseThrow();
        assertThat(snapshot.sections()).filteredOn(s -> s.sectionKey().equals("1a")).singleElement()
                .satisfies(s -> assertThat(s.description()).contains("What I did for 1a.").doesNotContain("Rewritten"));
    }

    @Test
    void aWithdrawnSubmissionFreesTheRegistrationAndTheNextIsStillAFirstSubmission() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));
        Submission first = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());

        Submission withdrawn = service.withdraw(candidate, first.id(), "Sent the wrong version");

        assertThat(withdrawn.status()).isEqualTo(SubmissionStatus.WITHDRAWN);
        assertThat(withdrawn.inProgressRegistration()).isNull();
        assertThat(withdrawn.statusMessage()).isEqualTo("Sent the wrong version");
        assertThat(portfolios.snapshot(first.snapshotId()).orElseThrow().held()).isFalse();
        assertThat(audit(first.id(), "submission.withdrawn")).singleElement().asString().contains("Sent the wrong version");
        assertThat(catchThrowableOfType(SubmissionRefused.class, () -> service.withdraw(candidate, first.id(), null)).reason())
                .isEqualTo(Reason.NOT_WITHDRAWABLE);

        Submission again = service.submit(candidate, portfolio, round.id(), null, null, Instant.now().plusSeconds(60));
        assertThat(again.submissionType()).isEqualTo(SubmissionType.FIRST);
        assertThat(again.reference()).isNotEqualTo(first.reference());
        assertThat(service.submittedBy(candidate)).extracting(SubmissionSummary::status)
                .containsExactly(SubmissionStatus.SUBMITTED, SubmissionStatus.WITHDRAWN);
    }

    @Test
    void aPortfolioReturnedAtTheCompletenessCheckAndSentAgainIsStillAFirstSubmission() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));
        Submission first = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        submissions.save(first.moveTo(SubmissionStatus.RETURNED, UUID.randomUUID(), Instant.now().plusSeconds(1), "Section 2a is empty"));

        Submission again = service.submit(candidate, portfolio, round.id(), null, null, Instant.now().plusSeconds(2));

        assertThat(again.submissionType()).isEqualTo(SubmissionType.FIRST);
    }

    @Test
    void anAcceptedSubmissionCannotBeWithdrawnAndOnlyItsCandidateMayWithdrawIt() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));
        Submission submission = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());

        assertThatThrownBy(() -> service.withdraw(fixtures.candidate(), submission.id(), null))
                .isInstanceOf(NotPermittedException.class);
        submissions.save(submission.moveTo(SubmissionStatus.ACCEPTED, UUID.randomUUID(), Instant.now().plusSeconds(1), null));
        SubmissionRefused refused = catchThrowableOfType(SubmissionRefused.class,
                () -> service.withdraw(candidate, submission.id(), null));
        assertThat(refused.reason()).isEqualTo(Reason.NOT_WITHDRAWABLE);
        assertThat(refused.getMessage()).contains("accepted for assessment");
    }

    @Test
    void nobodySubmitsSomeoneElsesPortfolio() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        UUID other = fixtures.candidate();
        fixtures.paidRegistration(other, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));

        assertThatThrownBy(() -> service.submit(other, portfolio, round.id(), null, null, Instant.now()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aSecondSubmissionOnTheSameRegistrationWaitsUntilTheFirstIsNoLongerInProgress() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));
        service.submit(candidate, portfolio, round.id(), null, null, Instant.now());

        SubmissionRefused refused = catchThrowableOfType(SubmissionRefused.class,
                () -> service.submit(candidate, portfolio, round.id(), null, null, Instant.now().plusSeconds(1)));
        assertThat(refused.reason()).isEqualTo(Reason.ALREADY_IN_PROGRESS);
        assertThat(refused.getMessage()).contains("already have a submission in progress");
    }

    @Test
    void twoSimultaneousSubmissionsOfOneRegistrationLetExactlyOneThrough() throws Exception {
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> submit = () -> {
            start.await();
            try {
                return service.submit(candidate, portfolio, round.id(), null, null, Instant.now());
            } catch (SubmissionRefused refused) {
                return refused;
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>(List.of(pool.submit(submit), pool.submit(submit)));
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn(Submission.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(SubmissionRefused.class::isInstance).singleElement()
                    .satisfies(r -> assertThat(((SubmissionRefused) r).reason()).isEqualTo(Reason.ALREADY_IN_PROGRESS));
        } finally {
            pool.shutdownNow();
        }
        assertThat(service.submittedBy(candidate)).hasSize(1);
    }

    @Test
    void anOutcomeIsRecordedOnceForAnAcceptedSubmissionFreesTheSnapshotAndIsAudited() {
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(now.plus(Duration.ofDays(10)));
        Submission submission = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        assertThatThrownBy(() -> service.recordOutcome(submission.id(), "pass", "Pass", null, null))
                .as("not yet accepted").isInstanceOf(IllegalStateException.class);
        context.getBean(org.waymark.submission.internal.CompletenessCheck.class).accept(fixtures.candidate(), submission.id());
        Instant resubmitBy = Instant.now().plus(Duration.ofDays(56));

        service.recordOutcome(submission.id(), "referral-minor", "Referral - minor revisions", resubmitBy, null);

        Submission decided = submissions.findById(submission.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(SubmissionStatus.DECIDED);
        assertThat(decided.statusMessage()).isEqualTo("Referral - minor revisions");
        assertThat(decided.inProgressRegistration()).as("the registration is free for the resubmission").isNull();
        assertThat(portfolios.snapshot(submission.snapshotId()).orElseThrow().held()).isFalse();
        SubmissionOutcome outcome = service.outcome(submission.id()).orElseThrow();
        assertThat(outcome.outcomeKey()).isEqualTo("referral-minor");
        assertThat(outcome.referral()).isTrue();
        assertThat(outcome.resubmitBy()).isCloseTo(resubmitBy, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(audit(submission.id(), "submission.decided")).singleElement().asString().contains("Referral - minor revisions");
        assertThatThrownBy(() -> service.recordOutcome(submission.id(), "pass", "Pass", null, null))
                .as("an outcome is recorded once").isInstanceOf(IllegalStateException.class);
        assertThat(service.roundSummary(round.id()).orElseThrow().name()).isEqualTo(round.name());
    }

    private List<String> audit(UUID submissionId, String action) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE object_type = 'submission' AND object_id = ? AND action = ?")
                .params(submissionId.toString(), action).query(String.class).list();
    }
}
