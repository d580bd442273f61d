package org.waymark.portfolio.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration that counts the words of the rows of a table whose word-count columns were just added. Java,
 * because the count is the framework's {@code WordCount} rule, which SQL cannot repeat. Spring Boot hands every
 * {@link JavaMigration} bean to Flyway: each subclass is a {@code @Component} with its own version.
 */
abstract class WordCountBackfill implements JavaMigration {

    private final String version;
    private final String description;
    private final String table;

    WordCountBackfill(String version, String description, String table) {
        this.version = version;
        this.description = description;
        this.table = table;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
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
        backfill(context.getConnection(), table);
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
