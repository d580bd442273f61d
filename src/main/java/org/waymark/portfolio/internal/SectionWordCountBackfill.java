package org.waymark.portfolio.internal;

import java.sql.SQLException;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway version 2026.11.30.2302: counts the words of every section's working copy (V2026_11_30_2301 added the
 * columns), as {@link RevisionWordCountBackfill} did for revisions, with the same rule.
 */
@Component
class SectionWordCountBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2026.11.30.2302");
    }

    @Override
    public String getDescription() {
        return "portfolio section word counts backfill";
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
        RevisionWordCountBackfill.backfill(context.getConnection(), "portfolio_section");
    }
}
