package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.waymark.assessment.internal.allocation.AssessmentReminders;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.framework.AssessmentType;
import org.waymark.support.TestDatabaseInitializer;

/**
 * Two Waymark nodes on one database run the assessors' reminder job at the same moment, several times (ShedLock is
 * bypassed: the job's method is called directly): each due reminder is emailed once, because recording it on the
 * place is a guarded UPDATE that only one node's transaction wins. On H2 and PostgreSQL, like the other two-node test.
 */
@Tag("db")
class AssessmentRemindersOnTwoNodesTests {

    @Test
    void twoNodesRunningTheAssessorRemindersTogetherSendEachReminderOnce() throws Exception {
        String database = TestDatabaseInitializer.newDatabaseUrl();
        try (ConfigurableApplicationContext node1 = start(database); ConfigurableApplicationContext node2 = start(database)) {
            AssessmentStore store = node1.getBean(AssessmentStore.class);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<String> emails = new ArrayList<>();
            // Each kind of reminder, on assessments of their own: an offer unanswered for six days (answer it), an
            // accepted place due in three days (due soon) and one due yesterday (overdue), each on two places.
            for (int i = 0; i < 2; i++) {
                UUID offered = assessment(store, now.plus(Duration.ofDays(20)), now);
                place(store, offered, Place.Role.LEAD, Place.Status.OFFERED, now.minus(Duration.ofDays(6)), assessor(node1, emails));
                UUID dueSoon = assessment(store, now.plus(Duration.ofDays(3)), now);
                place(store, dueSoon, Place.Role.SECOND, Place.Status.ACCEPTED, now.minus(Duration.ofDays(10)), assessor(node1, emails));
                UUID overdue = assessment(store, now.minus(Duration.ofDays(1)), now);
                place(store, overdue, Place.Role.LEAD, Place.Status.ACCEPTED, now.minus(Duration.ofDays(20)), assessor(node1, emails));
            }

            AssessmentReminders first = node1.getBean(AssessmentReminders.class);
            AssessmentReminders second = node2.getBean(AssessmentReminders.class);
            int sent = 0;
            for (int run = 0; run < 3; run++) {
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> sendAfter(together, first));
                CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> sendAfter(together, second));
                sent += a.get() + b.get();
            }
            assertThat(sent).as("reminders the two nodes say they sent, over three runs").isEqualTo(emails.size());

            JdbcClient jdbc = node1.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (String email : emails) {
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?").param(email)
                            .query(Integer.class).single()).as("reminders to %s", email).isEqualTo(1);
                }
            });
            Thread.sleep(1000); // time for a second email to arrive, were there one
            assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient IN (:emails)").param("emails", emails)
                    .query(String.class).list()).hasSize(emails.size())
                    .filteredOn(s -> s.startsWith("Reminder: will you assess")).hasSize(2);
            assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient IN (:emails)").param("emails", emails)
                    .query(String.class).list()).filteredOn(s -> s.endsWith("is overdue")).hasSize(2);
        }
    }

    private static UUID assessment(AssessmentStore store, Instant dueAt, Instant now) {
        UUID id = UUID.randomUUID();
        store.insert(new Assessment(id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "cmalt",
                AssessmentType.FIRST, null, false, Assessment.Status.IN_REVIEW, dueAt, now.minus(Duration.ofDays(30)),
                UUID.randomUUID(), null, null, null, null, null, 0));
        return id;
    }

    private static void place(AssessmentStore store, UUID assessment, Place.Role role, Place.Status status, Instant offeredAt,
                              UUID assessor) {
        store.insert(new Place(UUID.randomUUID(), assessment, role, assessor, status, offeredAt,
                status == Place.Status.ACCEPTED ? offeredAt : null, null, null, 0));
    }

    private static UUID assessor(ConfigurableApplicationContext node, List<String> emails) {
        String email = "assessor-" + UUID.randomUUID() + "@example.org";
        emails.add(email);
        return node.getBean(People.class).createVerified("Assessor " + emails.size(), email, "a long enough password").id();
    }

    private static int sendAfter(CyclicBarrier together, AssessmentReminders reminders) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reminders.sendDue();
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(WaymarkApplication.class).profiles("test").run(
                "--server.port=0",
                "--" + TestDatabaseInitializer.SHARED_URL + "=" + database,
                "--spring.datasource.username=" + TestDatabaseInitializer.username(),
                "--spring.datasource.password=" + TestDatabaseInitializer.password());
    }
}
