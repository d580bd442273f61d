package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.account.Role;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.NotWaitingForCheckException;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Rounds;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.Submissions;
import org.waymark.support.WaymarkTest;

/** The completeness check's two decisions, who may take them when, and what they leave behind. */
@WaymarkTest
@EnableScenarios
class CompletenessCheckTests {

    @Autowired
    CompletenessCheck check;
    @Autowired
    Submissions submissions;
    @Autowired
    Rounds rounds;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    QueueFixtures fixtures;
    PersonSummary admin;
    PersonSummary candidate;
    Round round;

    @BeforeEach
    void setUp() {
        fixtures = new QueueFixtures(rounds, submissions, jdbc);
        admin = people.createVerified("Ada Admin", unique("admin"), "a long enough password", Role.ADMINISTRATOR);
        candidate = people.createVerified("Cara Candidate", unique("candidate"), "a long enough password", Role.CANDIDATE);
        round = fixtures.round("Spring " + UUID.randomUUID().toString().substring(0, 4), Instant.now().minus(10, ChronoUnit.DAYS));
    }

    @Test
    void acceptingASubmittedSubmissionSendsItToAssessmentAndTheTrailSaysWhoAcceptedIt(Scenario scenario) {
        Submission submission = fixtures.submitted(round, candidate.id(), "cmalt", Instant.now().minus(2, ChronoUnit.DAYS));

        scenario.stimulate(() -> check.accept(admin.id(), submission.id()))
                .andWaitForEventOfType(SubmissionAccepted.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.submissionId()).isEqualTo(submission.id());
                    assertThat(event.acceptedBy()).isEqualTo(admin.id());
                    assertThat(event.decisionDueAt()).isEqualTo(submission.decisionDueAt());
                });

        Submission accepted = submissions.findById(submission.id()).orElseThrow();
        assertThat(accepted.status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(accepted.statusChangedBy()).isEqualTo(admin.id());
        assertThat(accepted.inProgressRegistration()).as("an accepted submission still holds its registration")
                .isEqualTo(submission.registrationId());
        assertThat(audit(submission.id())).singleElement().satisfies(row -> {
            assertThat(row.get("action")).isEqualTo("submission.accepted");
            assertThat(row.get("actor_id")).isEqualTo(admin.id());
        });
    }

    @Test
    void returningRecordsTheMessageFreesTheRegistrationAndTheTrailSaysWhoAndWhy(Scenario scenario) {
        Submission submission = fixtures.submitted(round, candidate.id(), "cmalt", Instant.now().minus(2, ChronoUnit.DAYS));
        String message = "Section 2b is empty, and the link in 3a is broken.";

        scenario.stimulate(() -> check.returnToCandidate(admin.id(), submission.id(), "  " + message + "\n"))
                .andWaitForEventOfType(SubmissionReturned.class)
                .toArriveAndVerify(event -> {
                    assertThat(event.message()).isEqualTo(message);
                    assertThat(event.candidateId()).isEqualTo(candidate.id());
                });

        Submission returned = submissions.findById(submission.id()).orElseThrow();
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.statusMessage()).isEqualTo(message);
        assertThat(returned.statusChangedBy()).isEqualTo(admin.id());
        assertThat(returned.inProgressRegistration()).isNull();
        assertThat(audit(submission.id())).singleElement().satisfies(row -> {
            assertThat(row.get("action")).isEqualTo("submission.returned");
            assertThat(row.get("actor_id")).isEqualTo(admin.id());
            assertThat(row.get("detail")).isEqualTo(message);
        });
    }

    @Test
    void aSubmissionCannotBeReturnedWithoutAMessage() {
        Submission submission = fixtures.submitted(round, candidate.id(), "cmalt", Instant.now());

        for (String blank : new String[] {null, "", "   \n "}) {
            assertThatThrownBy(() -> check.returnToCandidate(admin.id(), submission.id(), blank))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(submissions.findById(submission.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(audit(submission.id())).isEmpty();
    }

    @Test
    void onlyASubmissionWaitingForTheCheckCanBeAcceptedOrReturned() {
        for (SubmissionStatus status : List.of(SubmissionStatus.WITHDRAWN, SubmissionStatus.RETURNED, SubmissionStatus.ACCEPTED)) {
            Submission submission = fixtures.withStatus(fixtures.submitted(round, candidate.id(), "cmalt", Instant.now()), status);

            assertThatThrownBy(() -> check.accept(admin.id(), submission.id()))
                    .isInstanceOf(NotWaitingForCheckException.class).hasMessageContaining(status.name().toLowerCase());
            assertThatThrownBy(() -> check.returnToCandidate(admin.id(), submission.id(), "Please fix 2b"))
                    .isInstanceOf(NotWaitingForCheckException.class);
            assertThat(submissions.findById(submission.id()).orElseThrow().status()).isEqualTo(status);
            assertThat(audit(submission.id())).isEmpty();
        }
    }

    @Test
    void aReturnedCandidateSubmitsAgainOnTheSameRegistrationInTheSameRoundStillAsAFirstSubmission() {
        UUID registration = UUID.randomUUID();
        Submission first = fixtures.submitted(round, candidate.id(), registration, "cmalt", SubmissionType.FIRST, Instant.now());
        check.returnToCandidate(admin.id(), first.id(), "Please add section 2b.");

        Submission again = fixtures.submitted(round, candidate.id(), registration, "cmalt", SubmissionType.FIRST, Instant.now());
        check.accept(admin.id(), again.id());

        assertThat(submissions.findByRoundIdOrderBySubmittedAtAsc(round.id()))
                .extracting(Submission::status, Submission::submissionType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SubmissionStatus.RETURNED, SubmissionType.FIRST),
                        org.assertj.core.groups.Tuple.tuple(SubmissionStatus.ACCEPTED, SubmissionType.FIRST));
    }

    private List<Map<String, Object>> audit(UUID submissionId) {
        return jdbc.sql("SELECT action, actor_id, detail FROM audit_entry WHERE object_type = 'submission' AND object_id = ?")
                .param(submissionId.toString()).query().listOfRows().stream()
                .map(row -> {
                    Map<String, Object> lower = new java.util.HashMap<>();
                    row.forEach((k, v) -> lower.put(k.toLowerCase(), v));
                    return lower;
                }).toList();
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
