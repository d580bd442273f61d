package org.waymark.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.registration.RegistrationSummary.Payer;
import org.waymark.registration.internal.ExpiryReminders;
import org.waymark.registration.internal.RegistrationService;
import org.waymark.support.WaymarkTest;

/** The emails a candidate gets about a registration, read over real SMTP (GreenMail). */
@WaymarkTest
@Import(RegistrationTestSupport.class)
class RegistrationEmailTests {

    static final int SMTP_PORT = freePort();
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    record Mail(String subject, String body) {
    }

    @Autowired
    RegistrationService service;
    @Autowired
    ExpiryReminders reminders;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    String email;
    UUID candidate;
    UUID admin;

    @BeforeEach
    void setUp() {
        RegistrationTestSupport.CLOCK.set(NOW);
        RegistrationTestSupport.DEADLINES.clear();
        email = "reg-mail-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        candidate = people.createVerified("Cara Candidate", email, "a long enough password", Role.CANDIDATE).id();
        admin = people.createVerified("Ada Admin", "admin-" + email, "a long enough password", Role.ADMINISTRATOR).id();
    }

    @Test
    void theCandidateHearsThatTheRegistrationArrivedAndWhenItIsPaid() {
        RegistrationSummary r = service.register(candidate, "cmalt", "GBP", Payer.INSTITUTION, "University of Example", "PO-77");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(mailTo(email)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Registration " + r.reference() + " received: CMALT");
            assertThat(m.body()).startsWith("Hello Cara Candidate,").contains(r.reference()).contains("Fee: £195.00")
                    .contains("Paid by: University of Example").contains("Purchase order: PO-77")
                    .contains("What happens next").contains("/registrations/" + r.id());
        }));

        service.markPaid(admin, r.id(), null);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(mailTo(email))
                .filteredOn(m -> m.subject().equals("Registration " + r.reference() + " is paid: CMALT")).singleElement()
                .satisfies(m -> assertThat(m.body())
                        .contains("valid from 30 November 2026, 10:00 GMT until 30 November 2028, 10:00 GMT (UK time)")));
    }

    @Test
    void expiryRemindersGoOutSixtyAndFourteenDaysBeforeEachOnceHoweverOftenTheJobRuns() {
        RegistrationSummary r = service.register(candidate, "senior", "GBP", Payer.SELF, null, null);
        service.markPaid(admin, r.id(), null);
        Instant expires = Instant.parse("2028-11-30T10:00:00Z");
        String subject = "Your Senior CMALT registration expires on 30 November 2028";

        Instant sixtyOneDaysBefore = expires.minus(Duration.ofDays(61));
        RegistrationTestSupport.CLOCK.set(sixtyOneDaysBefore);
        reminders.remindAt(sixtyOneDaysBefore);
        assertThat(remindersOf(r)).isEmpty();

        Instant sixtyDaysBefore = expires.minus(Duration.ofDays(60));
        RegistrationTestSupport.CLOCK.set(sixtyDaysBefore);
        reminders.remindAt(sixtyDaysBefore);
        reminders.remindAt(sixtyDaysBefore.plus(Duration.ofDays(1)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(mailTo(email)).filteredOn(m -> m.subject().equals(subject))
                .singleElement().satisfies(m -> assertThat(m.body()).contains("in 60 days or less").contains(r.reference())));

        Instant thirteenDaysBefore = expires.minus(Duration.ofDays(13));
        RegistrationTestSupport.CLOCK.set(thirteenDaysBefore);
        reminders.remindAt(thirteenDaysBefore);
        reminders.remindAt(thirteenDaysBefore);
        reminders.remindAt(thirteenDaysBefore.plus(Duration.ofDays(5)));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(mailTo(email)).filteredOn(m -> m.subject().equals(subject))
                .extracting(Mail::body).hasSize(2).anySatisfy(b -> assertThat(b).contains("in 14 days or less")));
        reminders.remindAt(expires.plusSeconds(1));

        List<Integer> rows = jdbc.sql("SELECT days_before FROM registration_reminder WHERE registration_id = ? ORDER BY days_before")
                .param(r.id()).query(Integer.class).list();
        assertThat(rows).containsExactly(14, 60);
    }

    @Test
    void aRoundThatExtendsTheRegistrationBringsRemindersForTheNewDate() {
        RegistrationSummary r = service.register(candidate, "associate", "GBP", Payer.SELF, null, null);
        service.markPaid(admin, r.id(), null);
        Instant fiftyDaysBefore = Instant.parse("2028-11-30T10:00:00Z").minus(Duration.ofDays(50));
        reminders.remindAt(fiftyDaysBefore);
        assertThat(remindersOf(r)).containsExactly("60 days before 2028-11-30T10:00:00Z");

        RegistrationTestSupport.DEADLINES.add(Instant.parse("2029-01-15T12:00:00Z"));
        reminders.remindAt(fiftyDaysBefore);
        assertThat(remindersOf(r)).as("the new expiry is 96 days away").hasSize(1);
        reminders.remindAt(Instant.parse("2029-01-15T12:00:00Z").minus(Duration.ofDays(59)));
        assertThat(remindersOf(r)).containsExactlyInAnyOrder("60 days before 2028-11-30T10:00:00Z", "60 days before 2029-01-15T12:00:00Z");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(mailTo(email)).extracting(Mail::subject)
                .contains("Your Associate CMALT registration expires on 30 November 2028",
                        "Your Associate CMALT registration expires on 15 January 2029"));
    }

    private List<String> remindersOf(RegistrationSummary r) {
        return jdbc.sql("SELECT days_before, expires_at FROM registration_reminder WHERE registration_id = ?").param(r.id())
                .query((rs, n) -> rs.getInt(1) + " days before " + rs.getTimestamp(2).toInstant()).list();
    }

    private List<Mail> mailTo(String to) throws Exception {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        return Arrays.stream(messages).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).map(m -> {
            try {
                return new Mail(m.getSubject(), String.valueOf(m.getContent()).replace("\r\n", "\n"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
