package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.submission.internal.DeadlinePassing;
import org.waymark.submission.internal.DeadlineReminders;
import org.waymark.submission.internal.RoundExtension;
import org.waymark.submission.internal.RoundExtensions;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.RoundDetails;
import org.waymark.submission.internal.RoundService;
import org.waymark.submission.internal.Submissions;
import org.waymark.support.WaymarkTest;

/** Reminders 14 and 2 days before a fixed deadline, to registered candidates who have not submitted, each once. */
@WaymarkTest
@Import(DeadlineReminderTests.Clocks.class)
class DeadlineReminderTests {

    @Autowired
    ApplicationContext spring;

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
    DeadlineReminders reminders;
    @Autowired
    RoundService rounds;
    @Autowired
    Submissions submissions;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeadlinePassing deadlinePassing;
    @Autowired
    RoundExtensions extensions;

    @Test
    void registeredCandidatesWhoHaveNotSubmittedAreRemindedFourteenAndTwoDaysBeforeEachOnce() {
        CLOCK.now = Instant.parse("2027-01-10T09:00:00Z");
        UUID admin = person("Ada Admin", Role.ADMINISTRATOR);
        Round round = rounds.create(admin, RoundKind.FIXED, new RoundDetails("Reminded 2027", LocalDate.parse("2027-01-04"),
                LocalTime.parse("09:00"), LocalDate.parse("2027-03-31"), LocalTime.NOON, null, null, null, null, false)).round();
        UUID waiting = person("Wendy Waiting", Role.CANDIDATE);
        new SubmissionFixtures(spring).paidRegistration(waiting, "cmalt");
        UUID submitted = person("Sam Submitted", Role.CANDIDATE);
        var registration = new SubmissionFixtures(spring).paidRegistration(submitted, "cmalt");
        submissions.save(SubmissionRows.inProgress(round.id(), submitted, registration.id(), CLOCK.now));
        UUID unregistered = person("Una Unregistered", Role.CANDIDATE);

        CLOCK.now = Instant.parse("2027-03-17T10:59:59Z");
        reminders.sendDue();
        CLOCK.now = Instant.parse("2027-03-17T11:00:00Z");
        reminders.sendDue();
        reminders.sendDue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(waiting)).hasSize(1));
        assertThat(mailTo(waiting).getFirst()).contains("14 days to the deadline for Reminded 2027")
                .contains("The deadline for Reminded 2027 is 31 March 2027 at 12:00 (UK time, BST)")
                .contains("/rounds/" + round.id());

        CLOCK.now = Instant.parse("2027-03-29T11:00:00Z");
        reminders.sendDue();
        reminders.sendDue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(waiting)).hasSize(2));
        assertThat(mailTo(waiting)).anySatisfy(mail -> assertThat(mail).startsWith("2 days to the deadline"));

        CLOCK.now = Instant.parse("2027-03-31T11:00:00Z");
        reminders.sendDue();
        assertThat(jdbc.sql("SELECT days_before FROM submission_reminder WHERE round_id = ? AND candidate_id = ? ORDER BY days_before")
                .params(round.id(), waiting).query(Integer.class).list()).containsExactly(2, 14);
        assertThat(mailTo(submitted)).isEmpty();
        assertThat(mailTo(unregistered)).isEmpty();
        assertThat(mailTo(waiting)).hasSize(2);
    }

    @Test
    void administratorsAreToldOnceWhenAFixedDeadlinePassesWithWhatCameInAndTheExtensionsStillOpen() {
        CLOCK.now = Instant.parse("2027-04-01T09:00:00Z");
        UUID admin = person("Ada Admin", Role.ADMINISTRATOR);
        String name = "Passing " + UUID.randomUUID().toString().substring(0, 6);
        Round round = rounds.create(admin, RoundKind.FIXED, new RoundDetails(name, LocalDate.parse("2027-04-01"),
                LocalTime.parse("09:00"), LocalDate.parse("2027-05-31"), LocalTime.NOON, null, null, null, null, false)).round();
        UUID in = person("Ivy In", Role.CANDIDATE);
        var registration = new SubmissionFixtures(spring).paidRegistration(in, "cmalt");
        submissions.save(SubmissionRows.inProgress(round.id(), in, registration.id(), CLOCK.now));
        UUID late = person("Lou Late", Role.CANDIDATE);
        extensions.save(new RoundExtension(UUID.randomUUID(), round.id(), late, Instant.parse("2027-06-02T16:00:00Z"),
                "Illness", admin, CLOCK.now, null));

        CLOCK.now = Instant.parse("2027-05-31T10:59:59Z"); // 11:59:59 BST: a second before the deadline
        deadlinePassing.noticePassedDeadlines();
        CLOCK.now = Instant.parse("2027-05-31T11:00:00Z");
        deadlinePassing.noticePassedDeadlines();
        deadlinePassing.noticePassedDeadlines();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(admin))
                .filteredOn(m -> m.startsWith("The deadline for " + name + " has passed")).hasSize(1));
        assertThat(mailTo(admin)).filteredOn(m -> m.contains(name)).singleElement().asString()
                .contains("passed at 31 May 2027 at 12:00 (UK time, BST)")
                .contains("Waiting for the completeness check: 1")
                .contains("Candidates who may still submit under an extension: 1, the last until 2 June 2027 at 17:00 (UK time, BST)")
                .contains("/admin/submissions?round=" + round.id());
        assertThat(mailTo(in)).noneMatch(m -> m.contains("has passed"));
        // Nothing more to announce for this round, however often the job runs.
        deadlinePassing.noticePassedDeadlines();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE subject = ?").param("The deadline for " + name + " has passed")
                .query(Integer.class).single()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM person p JOIN person_role r ON r.person = p.id "
                + "WHERE r.role = 'ADMINISTRATOR' AND p.active").query(Integer.class).single());
    }

    private List<String> mailTo(UUID person) {
        String email = people.find(person).orElseThrow().email();
        return jdbc.sql("SELECT subject || ' ' || body FROM mail_outbox WHERE recipient = ? AND subject NOT LIKE 'Registration %' ORDER BY created_at")
                .param(email).query(String.class).list();
    }

    private UUID person(String name, Role role) {
        return people.createVerified(name, UUID.randomUUID() + "@example.org", "a-long-password-1", role).id();
    }
}
