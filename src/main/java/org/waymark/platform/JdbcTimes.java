package org.waymark.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Reading a {@code TIMESTAMP WITH TIME ZONE} column as an {@link Instant}, the same on H2 and PostgreSQL. */
public final class JdbcTimes {

    private JdbcTimes() {
    }

    /** The column's instant, or null where it is NULL. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
