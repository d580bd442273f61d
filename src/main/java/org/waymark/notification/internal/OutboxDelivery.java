package org.waymark.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox over SMTP. ShedLock lets one node at a time run it; each message is marked sent as soon
 * as it goes. Without an SMTP server (demo mode) the messages stay in the outbox for the demo mailbox.
 * <p>
 * Several nodes: the lock is held at least {@code lockAtLeastFor}, so a node whose timer fires a moment after
 * another's finished run does not run the same slot again, and at most {@code lockAtMostFor} (30 s), which is how
 * long mail waits if a node dies holding it. A run stops taking new messages after {@link #RUN_BUDGET}, well inside
 * that, so a slow SMTP server can never make the lock expire under a live run (which would let two nodes send).
 * <p>
 * A node that dies after the SMTP server accepted a message but before it was marked sent leaves it unsent: the
 * next run sends it again. Delivery is therefore at least once; a person may, rarely, get a message twice, never
 * lose one. Each message carries its outbox id as its Message-ID, so mail systems can recognise the repeat.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 20;
    static final java.time.Duration RUN_BUDGET = java.time.Duration.ofSeconds(15);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;

    OutboxDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock,
                   @Value("${waymark.mail.from}") String from) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${waymark.mail.poll-interval:PT2S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT30S", lockAtLeastFor = "PT1S")
    void deliver() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        record Pending(UUID id, String recipient, String subject, String body) {
        }
        List<Pending> pending = jdbc.sql("SELECT id, recipient, subject, body FROM mail_outbox "
                        + "WHERE sent_at IS NULL AND attempts < ? ORDER BY created_at LIMIT ?")
                .params(MAX_ATTEMPTS, BATCH)
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        java.time.Instant stopTakingAt = clock.instant().plus(RUN_BUDGET);
        for (Pending p : pending) {
            if (clock.instant().isAfter(stopTakingAt)) {
                return; // the rest wait for the next run, under a fresh lock
            }
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(p.recipient());
                helper.setSubject(p.subject());
                helper.setText(p.body());
                message.setHeader("Message-ID", "<" + p.id() + "@waymark>");
                sender.send(message);
                jdbc.sql("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
                        .params(Timestamp.from(clock.instant()), p.id()).update();
            } catch (MailException | MessagingException e) {
                log.warn("Could not send mail {} to {}: {}", p.id(), p.recipient(), e.getMessage());
                String error = String.valueOf(e.getMessage());
                jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")
                        .params(error.substring(0, Math.min(1000, error.length())), p.id()).update();
            }
        }
    }
}
