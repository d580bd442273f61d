package org.waymark.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.award.internal.AwardService;
import org.waymark.award.internal.MembershipReminders;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.support.WaymarkTest;

/**
 * Certified membership, on H2 and PostgreSQL: the annual fee recorded by an administrator (a year at a time, with a
 * receipt), and the reminders about the fee and the three-yearly portfolio review, each sent once. Dates are fixed: the
 * awards are dated (an earlier award) and the reminder job is run for a given day.
 */
@WaymarkTest
class MembershipTests {

    /** A fixed day the award was made; the reminders are run for days counted from it. */
    static final LocalDate AWARDED = LocalDate.of(2024, 3, 15);

    @Autowired
    AwardService awards;
    @Autowired
    MembershipReminders reminders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    UUID holder;
    String email;
    UUID admin;

    @BeforeEach
    void aHolder() {
        fixtures = new SubmissionFixtures(context);
        email = UUID.randomUUID() + "@example.org";
        holder = fixtures.candidate("Mo Member", email);
        admin = fixtures.candidate();
    }

    @Test
    void anEarlierAwardIsNumberedInItsYearAndHasItsFeeAndReviewDueFromThen() {
        Award award = awards.recordEarlier(holder, "cmalt", AWARDED, admin);

        assertThat(award.certificateNumber()).startsWith("CMALT-2024-");
        assertThat(award.awardedOn()).isEqualTo(AWARDED);
        assertThat(award.membershipPaidUntil()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(award.portfolioReviewDueOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(award.standing(LocalDate.of(2025, 3, 15))).isEqualTo(Award.Standing.VALID);
        assertThat(award.standing(LocalDate.of(2025, 3, 16))).isEqualTo(Award.Standing.LAPSED);
        assertThatThrownBy(() -> awards.recordEarlier(holder, "cmalt", awards.today().plusDays(1), admin))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaymentMovesPaidUntilOneYearOnFromTheVersionSeenIsAuditedAndSendsTheHolderAReceipt() {
        Award award = awards.recordEarlier(holder, "cmalt", AWARDED, admin);

        Award paid = awards.recordPayment(admin, award.id(), award.version());

        assertThat(paid.membershipPaidUntil()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(paid.version()).isEqualTo(award.version() + 1);
        assertThatThrownBy(() -> awards.recordPayment(admin, award.id(), award.version()))
                .as("a second click from the same page records nothing").isInstanceOf(AwardService.ChangedMeanwhile.class);
        assertThat(awards.find(award.id()).orElseThrow().membershipPaidUntil()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'award.membership-paid' AND object_id = ?")
                .param(award.id().toString()).query(String.class).list()).singleElement().asString()
                .contains(award.certificateNumber(), "2026-03-15");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(mail()).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Receipt: certified membership fee for " + award.certificateNumber());
            assertThat(m.body()).contains("Mo Member", "from 15 March 2025 to 15 March 2026", "paid until 15 March 2026");
        }));

        Award revoked = awards.revoke(admin, award.id(), paid.version(), "Misconduct");
        assertThatThrownBy(() -> awards.recordPayment(admin, award.id(), revoked.version()))
                .as("no fee for a revoked award").isInstanceOf(AwardService.ChangedMeanwhile.class);
    }

    @Test
    void theFeeIsRemindedThirtyDaysBeforeAndOnceOverdueAndTheReviewNinetyDaysBeforeAndWhenDueEachOnce() {
        Award award = awards.recordEarlier(holder, "cmalt", AWARDED, admin);
        LocalDate feeDue = award.membershipPaidUntil(); // 15 March 2025

        reminders.remindOn(feeDue.minusDays(31));
        assertThat(sent(award)).as("not yet").isEmpty();
        reminders.remindOn(feeDue.minusDays(30));
        reminders.remindOn(feeDue.minusDays(29));
        reminders.remindOn(feeDue);
        assertThat(sent(award)).containsExactly("FEE_DUE_SOON 2025-03-15");
        reminders.remindOn(feeDue.plusDays(1));
        reminders.remindOn(feeDue.plusDays(40));
        assertThat(sent(award)).containsExactly("FEE_DUE_SOON 2025-03-15", "FEE_OVERDUE 2025-03-15");

        // Paid late: the next year's reminder is a new one, and nothing about the year just paid.
        Award paid = awards.recordPayment(admin, award.id(), award.version());
        reminders.remindOn(paid.membershipPaidUntil().minusDays(30));
        assertThat(sent(award)).endsWith("FEE_DUE_SOON 2026-03-15").hasSize(3);

        // The review (15 March 2027): 90 days before, then when due; the fee, unpaid since 2026, is overdue by then.
        LocalDate reviewDue = award.portfolioReviewDueOn();
        reminders.remindOn(reviewDue.minusDays(91));
        assertThat(sent(award)).noneMatch(s -> s.startsWith("REVIEW"));
        reminders.remindOn(reviewDue.minusDays(90));
        reminders.remindOn(reviewDue.minusDays(1));
        reminders.remindOn(reviewDue);
        reminders.remindOn(reviewDue.plusDays(5));
        assertThat(sent(award)).filteredOn(s -> s.startsWith("REVIEW"))
                .containsExactly("REVIEW_DUE_SOON 2027-03-15", "REVIEW_DUE 2027-03-15");
        assertThat(sent(award)).contains("FEE_OVERDUE 2026-03-15").hasSize(6);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(mail()).extracting(Mail::subject)
                .containsExactlyInAnyOrder(
                        "Your certified-membership fee falls due on 15 March 2025",
                        "Your certified membership has lapsed",
                        "Receipt: certified membership fee for " + award.certificateNumber(),
                        "Your certified-membership fee falls due on 15 March 2026",
                        "Your certified membership has lapsed",
                        "Your portfolio review is due on 15 March 2027",
                        "Your portfolio review is due now"));
        assertThat(mail()).filteredOn(m -> m.subject().equals("Your portfolio review is due now")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("was due on 15 March 2027", "/awards"));
    }

    @Test
    void aRevokedAwardIsNotReminded() {
        Award award = awards.recordEarlier(holder, "cmalt", AWARDED, admin);
        awards.revoke(admin, award.id(), award.version(), "Misconduct");

        reminders.remindOn(award.membershipPaidUntil().plusDays(1));
        reminders.remindOn(award.portfolioReviewDueOn());

        assertThat(sent(award)).isEmpty();
    }

    @Test
    void twoNodesRunningTheJobAtOnceSendEachReminderOnce() throws Exception {
        List<Award> made = List.of(awards.recordEarlier(holder, "cmalt", AWARDED, admin),
                awards.recordEarlier(holder, "senior", AWARDED, admin),
                awards.recordEarlier(holder, "associate", AWARDED, admin));
        LocalDate overdue = AWARDED.plusYears(1).plusDays(1);

        for (int run = 0; run < 3; run++) {
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Integer> node1 = CompletableFuture.supplyAsync(() -> remindAfter(together, overdue));
            CompletableFuture<Integer> node2 = CompletableFuture.supplyAsync(() -> remindAfter(together, overdue));
            node1.get();
            node2.get();
        }

        for (Award award : made) {
            assertThat(sent(award)).containsExactly("FEE_OVERDUE 2025-03-15");
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(mail()).hasSize(3)
                .allMatch(m -> m.subject().equals("Your certified membership has lapsed")));
        Thread.sleep(500); // time for a second email to arrive, were there one
        assertThat(mail()).hasSize(3);
    }

    private int remindAfter(CyclicBarrier together, LocalDate day) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return reminders.remindOn(day);
    }

    private List<String> sent(Award award) {
        return jdbc.sql("SELECT kind, due_on FROM award_reminder WHERE award_id = ? ORDER BY due_on, sent_at, kind")
                .param(award.id())
                .query((rs, n) -> rs.getString(1) + " " + rs.getObject(2, Date.class).toLocalDate()).list();
    }

    record Mail(String subject, String body) {
    }

    /** Mail to the holder, leaving out the certificate sent with each award. */
    private List<Mail> mail() {
        return jdbc.sql("SELECT subject, body FROM mail_outbox WHERE recipient = ? AND subject NOT LIKE 'Your certificate %' ORDER BY created_at").param(email)
                .query((rs, n) -> new Mail(rs.getString(1), rs.getString(2))).list();
    }
}
