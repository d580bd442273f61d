package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.WaymarkApplication;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.submission.internal.DeadlinePassing;
import org.waymark.submission.internal.DeadlineReminders;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.RoundDetails;
import org.waymark.submission.internal.RoundService;
import org.waymark.support.TestDatabaseInitializer;

/**
 * Two Waymark nodes on one database run the reminder job at the same moment, several times: each candidate is
 * reminded once, because the reminder's row (round, candidate, days before) can be inserted only once.
 */
@Tag("db")
class DeadlineRemindersOnTwoNodesTests {

    @Test
    void twoNodesRunningTheReminderJobTogetherSendEachReminderOnce() throws Exception {
        String database = TestDatabaseInitializer.newDatabaseUrl();
        try (ConfigurableApplicationContext node1 = start(database); ConfigurableApplicationContext node2 = start(database)) {
            People people = node1.getBean(People.class);
            UUID admin = people.createVerified("Two Node Admin", UUID.randomUUID() + "@example.org", "administrator password",
                    Role.ADMINISTRATOR).id();
            // A deadline a day away (real time: both nodes keep their own clock), so the two-day reminder is due.
            var deadline = Instant.now().plus(Duration.ofDays(1)).atZone(ZoneId.of("Europe/London"));
            Round round = node1.getBean(RoundService.class).create(admin, RoundKind.FIXED, new RoundDetails("Two nodes",
                    LocalDate.now().minusDays(30), LocalTime.NOON, deadline.toLocalDate(), LocalTime.of(deadline.getHour(), 0),
                    null, null, null, null, false)).round();
            List<String> emails = List.of(candidate(node1, "One"), candidate(node1, "Two"), candidate(node1, "Three"));

            DeadlineReminders first = node1.getBean(DeadlineReminders.class);
            DeadlineReminders second = node2.getBean(DeadlineReminders.class);
            for (int run = 0; run < 3; run++) {
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> sendAfter(together, first));
                CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> sendAfter(together, second));
                a.get();
                b.get();
            }

            JdbcClient jdbc = node1.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String email : emails) {
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject NOT LIKE 'Registration %'").param(email).query(Integer.class)
                            .single()).as("reminders to %s", email).isEqualTo(1);
                }
            });
            assertThat(jdbc.sql("SELECT COUNT(*) FROM submission_reminder WHERE round_id = ?").param(round.id())
                    .query(Integer.class).single()).isGreaterThanOrEqualTo(3);
            // Nothing more arrives once every event has been handled on both nodes.
            assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient IN (:emails) AND subject NOT LIKE 'Registration %'").param("emails", emails)
                    .query(String.class).list()).hasSize(3).allMatch(s -> s.equals("2 days to the deadline for Two nodes"));

            // A deadline that passed a minute ago, noticed by both nodes at once, three times: the administrator hears once.
            Round passed = new SubmissionFixtures(node1).fixedRound(Instant.now().minus(Duration.ofMinutes(1)));
            DeadlinePassing one = node1.getBean(DeadlinePassing.class);
            DeadlinePassing two = node2.getBean(DeadlinePassing.class);
            for (int run = 0; run < 3; run++) {
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> noticeAfter(together, one));
                CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> noticeAfter(together, two));
                a.get();
                b.get();
            }
            String adminEmail = people.find(admin).orElseThrow().email();
            String subject = "The deadline for " + passed.name() + " has passed";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
                    "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject = ?").params(adminEmail, subject)
                    .query(Integer.class).single()).isEqualTo(1));
            Thread.sleep(1000); // time for a second announcement to arrive, were there one
            assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject = ?").params(adminEmail, subject)
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }

    private static int noticeAfter(CyclicBarrier together, DeadlinePassing passing) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return passing.noticePassedDeadlines();
    }

    private static int sendAfter(CyclicBarrier together, DeadlineReminders reminders) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reminders.sendDue();
    }

    /** A candidate with a registration paid through the registration module, as an administrator marks it. */
    private static String candidate(ConfigurableApplicationContext node, String name) {
        String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        UUID id = node.getBean(People.class).createVerified("Candidate " + name, email, "a long enough password").id();
        new SubmissionFixtures(node).paidRegistration(id, "cmalt");
        return email;
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(WaymarkApplication.class).profiles("test").run(
                "--server.port=0",
                "--" + TestDatabaseInitializer.SHARED_URL + "=" + database,
                "--spring.datasource.username=" + TestDatabaseInitializer.username(),
                "--spring.datasource.password=" + TestDatabaseInitializer.password());
    }
}
