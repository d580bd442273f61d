package org.waymark.portfolio.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway version 2026.11.30.0232: counts the words of revisions kept before word counts were stored
 * (V2026_11_30_0231 added the columns). Java, because the count is the framework's {@code WordCount} rule,
 * which SQL cannot repeat. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class RevisionWordCountBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2026.11.30.0232");
    }

    @Override
    public String getDescription() {
        return "portfolio revision word counts backfill";
    }

    @Override
    public Integer getChecksum() {
        return 1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        backfill(context.getConnection());
    }

    /** Counts the words of every revision that has none stored yet. */
    static int backfill(Connection connection) throws SQLException {
        return backfill(connection, "section_revision");
    }

    /**
     * Counts the words of every row of {@code table} (a table with the text columns and their {@code *_words}
     * columns: {@code section_revision} or {@code portfolio_section}) that has none stored yet.
     */
    static int backfill(Connection connection, String table) throws SQLException {
        int counted = 0;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, description, reflection, evidence FROM " + table + " WHERE description_words IS NULL");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE " + table + " SET description_words = ?, reflection_words = ?, evidence_words = ? WHERE id = ?");
             ResultSet rows = fetchInPages(select).executeQuery()) {
            while (rows.next()) {
                WordCounts words = WordCounts.of(new SectionContent(null, rows.getString(2), rows.getString(3),
                        rows.getString(4), null));
                update.setInt(1, words.description());
                update.setInt(2, words.reflection());
                update.setInt(3, words.evidence());
                update.setObject(4, rows.getObject(1, UUID.class));
                update.addBatch();
                if (++counted % 500 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        return counted;
    }

    /** Without a fetch size PostgreSQL's driver would hold every revision's text in memory at once. */
    private static PreparedStatement fetchInPages(PreparedStatement select) throws SQLException {
        select.setFetchSize(200);
        return select;
    }
}
