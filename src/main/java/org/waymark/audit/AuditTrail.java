package org.waymark.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.waymark.platform.AuditEvent;

/** Records every {@link AuditEvent} synchronously, inside the transaction of the decision it describes. */
@Service
public class AuditTrail {

    public record Entry(Instant occurredAt, UUID actorId, String action, String objectType, String objectId, String detail) {

        public String label() {
            return AuditActions.label(action);
        }
    }

    /**
     * Which entries to read; every part is optional. {@code person}: entries by that person or about them;
     * {@code from} inclusive, {@code until} exclusive.
     */
    public record Filter(UUID person, String action, String objectId, Instant from, Instant until) {

        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** One page of entries, newest first, and how many match in all. */
    public record Page(List<Entry> entries, long total) {
    }

    private static final String COLUMNS = "occurred_at, actor_id, action, object_type, object_id, detail";

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

    /** The entries that match, newest first, {@code size} from {@code offset}: two queries. */
    public Page search(Filter filter, long offset, int size) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (filter.person() != null) {
            where.add("(actor_id = :person OR (object_type = 'person' AND object_id = :personText))");
            params.addValue("person", filter.person()).addValue("personText", filter.person().toString());
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.addValue("action", filter.action());
        }
        if (filter.objectId() != null) {
            where.add("object_id = :object");
            params.addValue("object", filter.objectId());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            where.add("occurred_at < :until");
            params.addValue("until", Timestamp.from(filter.until()));
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + condition).paramSource(params).query(Long.class).single();
        params.addValue("offset", offset).addValue("size", size);
        List<Entry> entries = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + condition
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :size OFFSET :offset")
                .paramSource(params).query((rs, n) -> entry(rs)).list();
        return new Page(entries, total);
    }

    /** The newest entries first, optionally only those about one object id. */
    public List<Entry> recent(String objectId, int limit) {
        boolean filtered = objectId != null && !objectId.isBlank();
        return search(new Filter(null, null, filtered ? objectId.strip() : null, null, null), 0, limit).entries();
    }

    public List<Entry> forObject(String objectType, String objectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE object_type = ? AND object_id = ? ORDER BY occurred_at")
                .params(objectType, objectId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }
}
