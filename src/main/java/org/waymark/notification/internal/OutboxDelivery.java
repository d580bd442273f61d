package org.waymark.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox over SMTP. ShedLock lets one node at a time run it; each message is marked sent as soon
 * as it goes. Without an SMTP server (demo mode) the messages stay in the outbox for the demo mailbox.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int MAX_ATTEMPTS = 8;

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
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT2M")
    void deliver() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        record Pending(UUID id, String recipient, String subject, String body) {
        }
        List<Pending> pending = jdbc.sql("SELECT id, recipient, subject, body FROM mail_outbox "
                        + "WHERE sent_at IS NULL AND attempts < ? ORDER BY created_at LIMIT 50")
                .param(MAX_ATTEMPTS)
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        for (Pending p : pending) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(p.recipient());
            message.setSubject(p.subject());
            message.setText(p.body());
            try {
                sender.send(message);
                jdbc.sql("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")
                        .params(Timestamp.from(clock.instant()), p.id()).update();
            } catch (MailException e) {
                log.warn("Could not send mail {} to {}: {}", p.id(), p.recipient(), e.getMessage());
                String error = String.valueOf(e.getMessage());
                jdbc.sql("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")
                        .params(error.substring(0, Math.min(1000, error.length())), p.id()).update();
            }
        }
    }
}
