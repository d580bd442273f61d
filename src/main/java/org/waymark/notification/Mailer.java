package org.waymark.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.platform.Outbox;

/**
 * Queues plain-text email in the outbox, in the caller's transaction: a mail is sent if and only if the
 * change that caused it was committed. {@code internal.OutboxDelivery} sends it. Other modules reach it through
 * {@link Outbox} (links that carry a secret) or, for everything else, by publishing an event.
 */
@Service
public class Mailer implements Outbox {

    public record OutboxMessage(UUID id, String recipient, String subject, String body, Instant createdAt, Instant sentAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Mailer(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(String recipient, String subject, String body) {
        jdbc.sql("INSERT INTO mail_outbox (id, recipient, subject, body, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), recipient, subject, body, Timestamp.from(clock.instant()))
                .update();
    }

    /** The newest messages first; the demo mailbox shows these. */
    public List<OutboxMessage> recent(int limit) {
        return jdbc.sql("SELECT id, recipient, subject, body, created_at, sent_at FROM mail_outbox ORDER BY created_at DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new OutboxMessage(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }
}
