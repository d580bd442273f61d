package org.waymark.portfolio.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.stereotype.Component;

/**
 * Flyway version 2026.11.30.0232: counts the words of revisions kept before word counts were stored
 * (V2026_11_30_0231 added the columns).
 */
@Component
class RevisionWordCountBackfill extends WordCountBackfill {

    RevisionWordCountBackfill() {
        super("2026.11.30.0232", "portfolio revision word counts backfill", "section_revision");
    }

    /** Counts the words of every revision that has none stored yet. */
    static int backfill(Connection connection) throws SQLException {
        return backfill(connection, "section_revision");
    }
}
