package org.waymark.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.waymark.platform.AuditEvent;

/** Records every {@link AuditEvent} synchronously, inside the transaction of the decision it describes. */
@Service
public class AuditTrail {

    public record Entry(Instant occurredAt, UUID actorId, String action, String objectType, String objectId, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(AuditEvent event) {
        String detail = event.detail() == null ? null : event.detail().substring(0, Math.min(2000, event.detail().length()));
        jdbc.sql("""
                INSERT INTO audit_entry (id, occurred_at, actor_id, action, object_type, object_id, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), Timestamp.from(clock.instant()), event.actorId(), event.action(),
                        event.objectType(), event.objectId(), detail)
                .update();
    }

    /** The newest entries first, optionally only those about one object id. */
    public List<Entry> recent(String objectId, int limit) {
        boolean filtered = objectId != null && !objectId.isBlank();
        return jdbc.sql("SELECT occurred_at, actor_id, action, object_type, object_id, detail FROM audit_entry "
                        + (filtered ? "WHERE object_id = :object " : "") + "ORDER BY occurred_at DESC LIMIT :limit")
                .paramSource(filtered ? java.util.Map.of("object", objectId.strip(), "limit", limit) : java.util.Map.of("limit", limit))
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    public List<Entry> forObject(String objectType, String objectId) {
        return jdbc.sql("SELECT occurred_at, actor_id, action, object_type, object_id, detail FROM audit_entry "
                        + "WHERE object_type = ? AND object_id = ? ORDER BY occurred_at")
                .params(objectType, objectId)
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }
}
