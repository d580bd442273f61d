package org.waymark.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.account.Role;
import org.waymark.submission.QueueFixtures;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Rounds;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.Submissions;
import org.waymark.support.WaymarkTest;

/** The candidate hears what the completeness check decided, over real SMTP (GreenMail). */
@WaymarkTest
class CompletenessEmailsTests {

    static final int SMTP_PORT = freePort();

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
    CompletenessCheck check;
    @Autowired
    People people;
    @Autowired
    Rounds rounds;
    @Autowired
    Submissions submissions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReturnedCandidateIsEmailedTheMessageWhatToDoAndALinkToTheirPortfolio() {
        PersonSummary admin = people.createVerified("Ada Admin", unique(), "a long enough password", Role.ADMINISTRATOR);
        PersonSummary candidate = people.createVerified("Rita Returned", unique(), "a long enough password", Role.CANDIDATE);
        Submission submission = submitted(candidate);

        check.returnToCandidate(admin.id(), submission.id(), "Section 2b is empty.\nThe link in 3a answers 404.");

        Mail mail = mailTo(candidate.email(), "has been returned to you");
        assertThat(mail.subject()).isEqualTo("Your CMALT submission " + submission.reference() + " has been returned to you");
        assertThat(mail.body()).startsWith("Hello Rita Returned,")
                .contains("Section 2b is empty.\r\nThe link in 3a answers 404.".replace("\r\n", lineBreak(mail.body())))
                .contains("Submit your portfolio again in the same round")
                .contains("/portfolios/" + submission.portfolioId()).contains("/submissions/" + submission.id());
    }

    @Test
    void anAcceptedCandidateIsToldWhenTheDecisionIsDue() {
        PersonSummary admin = people.createVerified("Ada Admin", unique(), "a long enough password", Role.ADMINISTRATOR);
        PersonSummary candidate = people.createVerified("Alan Accepted", unique(), "a long enough password", Role.CANDIDATE);
        Submission submission = submitted(candidate);

        check.accept(admin.id(), submission.id());

        Mail mail = mailTo(candidate.email(), "is accepted for assessment");
        String due = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                .format(submission.decisionDueAt().atZone(java.time.ZoneId.of("Europe/London")));
        assertThat(mail.body()).startsWith("Hello Alan Accepted,").contains("accepted for assessment")
                .contains("A decision is due by " + due + ".");
    }

    private Submission submitted(PersonSummary candidate) {
        QueueFixtures fixtures = new QueueFixtures(rounds, submissions, jdbc);
        Round round = fixtures.round("Mail round " + UUID.randomUUID().toString().substring(0, 4), Instant.now().minus(5, ChronoUnit.DAYS));
        return fixtures.submitted(round, candidate.id(), "cmalt", Instant.now().minus(1, ChronoUnit.DAYS));
    }

    private static Mail mailTo(String email, String subjectPart) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> received(email, subjectPart), list -> !list.isEmpty()).getFirst();
    }

    private static List<Mail> received(String email, String subjectPart) throws MessagingException, IOException {
        List<Mail> found = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            boolean toThem = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(email));
            if (toThem && m.getSubject().contains(subjectPart)) {
                found.add(new Mail(m.getSubject(), String.valueOf(m.getContent())));
            }
        }
        return found;
    }

    private static String lineBreak(String body) {
        return body.contains("\r\n") ? "\r\n" : "\n";
    }

    private static String unique() {
        return "completeness-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
