package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/** The receipt on submitting and the confirmation on withdrawing, as they arrive over SMTP (GreenMail). */
@WaymarkTest
class SubmissionEmailsTests {

    static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    SubmissionService service;
    @Autowired
    ApplicationContext context;

    record Mail(String subject, String body) {
    }

    @Test
    void submittingSendsAReceiptAndWithdrawingAConfirmation() {
        SubmissionFixtures fixtures = new SubmissionFixtures(context);
        String email = "cand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        UUID candidate = fixtures.candidate("Cat Candidate", email);
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
        Submission submission = service.submit(candidate, portfolio, fixtures.rollingRound().id(), null, null,
                Instant.now());
        service.withdraw(candidate, submission.id(), null);
        Submission second = service.submit(candidate, portfolio, round.id(), null, null, Instant.now());

        List<Mail> receipts = await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email, "Portfolio received"),
                mails -> mails.size() == 2);
        assertThat(receipts).anySatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Portfolio received: " + second.reference());
            assertThat(mail.body()).startsWith("Hello Cat Candidate,").contains("Reference: " + second.reference())
                    .contains("Round: " + round.name()).contains("Type: First submission")
                    .contains("Submitted: " + uk(second.submittedAt())).contains("What happens next")
                    .contains("/submissions/" + second.id());
        });
        List<Mail> withdrawn = await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(email, "Submission withdrawn"),
                mails -> !mails.isEmpty());
        assertThat(withdrawn).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Submission withdrawn: " + submission.reference());
            assertThat(mail.body()).contains(submission.reference()).contains("will not be checked or assessed");
        });
    }

    private static String uk(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz").format(instant.atZone(ZoneId.of("Europe/London")));
    }

    private static List<Mail> mailTo(String to, String subject) throws MessagingException {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to) && m.getSubject().startsWith(subject);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(SubmissionEmailsTests::mail).toList();
    }

    private static Mail mail(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), String.valueOf(message.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
