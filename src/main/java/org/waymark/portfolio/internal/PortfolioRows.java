package org.waymark.portfolio.internal;

import static org.waymark.platform.JdbcTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.waymark.access.Permissions;

/**
 * The rows the busiest requests read and write, in SQL of our own rather than through the Spring Data repositories:
 * the portfolio every portfolio page and autosave reads to check who may do what, and the section a save reads and
 * writes. On deadline day an autosave arrives hundreds of times a second, and the repositories' general mapping (their
 * conversions looked up per property, their named-parameter SQL parsed per call, a read-only transaction of their own
 * around each find) cost more than the statements: reading the portfolio was a tenth of an autosave's CPU, the
 * section's read and write an eighth (ADR 0016). The section's read also brings what a save needs beside the row, which
 * were statements of their own: its portfolio (with the permission to edit it, for an autosave), when the newest
 * revision was kept (for {@link AutomaticRevisions}) and how many evidence items the section links to (for its
 * checklist entry). Everything else still reads and writes
 * through {@link PortfolioRepository} and {@link SectionRepository}; {@code PortfolioRowsTests} holds this mapping to
 * theirs, field by field with every field set, so a column added to an entity and not to its SQL fails there.
 */
@Component
class PortfolioRows {

    private static final String PORTFOLIO = "SELECT id, owner_id, pathway, framework_version, progressed_from, declaration_signed_at,"
            + " suggested_assessor_name, suggested_assessor_email, created_at, version FROM portfolio p WHERE p.id = ?";

    /** The portfolio's id in {@link #portfolio(UUID, Permissions.Condition)}'s statement, for the condition to name. */
    static final String ID_COLUMN = "p.id";

    /**
     * A section as a save reads it, in one statement with its portfolio (and, for a request, the permission to edit it):
     * the section, its portfolio, when its newest revision was kept (null: none) and how many evidence items it links.
     */
    private static final String SECTION_TO_SAVE = "SELECT s.id, s.portfolio_id, s.section_key, s.position, s.label, s.title,"
            + " s.description, s.reflection, s.evidence, s.principles, s.description_words, s.reflection_words,"
            + " s.evidence_words, s.copied_from_date, s.updated_at, s.revised_at, s.text_cuts, s.version,"
            + " p.owner_id, p.pathway, p.framework_version, p.progressed_from, p.declaration_signed_at,"
            + " p.suggested_assessor_name, p.suggested_assessor_email, p.created_at AS portfolio_created_at,"
            + " p.version AS portfolio_version,"
            + " (SELECT MAX(r.created_at) FROM section_revision r WHERE r.section_id = s.id) AS last_revision_at,"
            + " (SELECT COUNT(*) FROM section_evidence e WHERE e.section_id = s.id) AS evidence_links"
            + " FROM portfolio_section s JOIN portfolio p ON p.id = s.portfolio_id WHERE s.id = ?";

    private final JdbcClient jdbc;

    PortfolioRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The portfolio with this id, if there is one. */
    Optional<Portfolio> portfolio(UUID id) {
        return jdbc.sql(PORTFOLIO).param(id).query(PortfolioRows::portfolio).optional();
    }

    /** The portfolio with this id if there is one and it meets the condition (a permission, in the same statement). */
    Optional<Portfolio> portfolio(UUID id, Permissions.Condition condition) {
        return jdbc.sql(PORTFOLIO + " AND " + condition.sql()).params(params(condition, id)).query(PortfolioRows::portfolio)
                .optional();
    }

    private static Portfolio portfolio(ResultSet rs, int row) throws SQLException {
        return portfolio(rs, "id", "created_at", "version");
    }

    /** The portfolio in this row, its id, creation time and version read from these columns (a joined row renames them). */
    private static Portfolio portfolio(ResultSet rs, String id, String createdAt, String version) throws SQLException {
        return new Portfolio(rs.getObject(id, UUID.class),
                rs.getObject("owner_id", UUID.class), rs.getString("pathway"), rs.getString("framework_version"),
                rs.getObject("progressed_from", UUID.class), instant(rs, "declaration_signed_at"),
                rs.getString("suggested_assessor_name"), rs.getString("suggested_assessor_email"), instant(rs, createdAt),
                rs.getLong(version));
    }

    /** The section with this id, if there is one, as a save reads it. */
    Optional<SectionToSave> sectionToSave(UUID sectionId) {
        return jdbc.sql(SECTION_TO_SAVE).params(sectionId).query(PortfolioRows::toSave).optional();
    }

    /** The section of this portfolio with this id, if there is one, as a save reads it. */
    Optional<SectionToSave> sectionToSave(UUID portfolioId, UUID sectionId) {
        return jdbc.sql(SECTION_TO_SAVE + " AND p.id = ?").params(sectionId, portfolioId).query(PortfolioRows::toSave).optional();
    }

    /**
     * As above, if the portfolio meets the condition too (a permission): an autosave's one read before its update, where
     * it was two (the portfolio with its permission, then the section).
     */
    Optional<SectionToSave> sectionToSave(UUID portfolioId, UUID sectionId, Permissions.Condition condition) {
        return jdbc.sql(SECTION_TO_SAVE + " AND p.id = ? AND " + condition.sql()).params(params(condition, sectionId, portfolioId))
                .query(PortfolioRows::toSave).optional();
    }

    /** These values, then the condition's, in the order of their placeholders. */
    private static List<Object> params(Permissions.Condition condition, Object... leading) {
        List<Object> params = new ArrayList<>(leading.length + condition.params().size());
        params.addAll(Arrays.asList(leading));
        params.addAll(condition.params());
        return params;
    }

    /**
     * Writes what a save changes (the texts, their counts, the principles, the times) if the stored version is still
     * {@code expectedVersion}, and moves the section to the next version, as the repository's {@code @Version} does.
     *
     * @throws OptimisticLockingFailureException if another save landed since the section was read
     */
    void updateSection(PortfolioSection section, long expectedVersion) {
        int updated = jdbc.sql("UPDATE portfolio_section SET title = ?, description = ?, reflection = ?, evidence = ?,"
                        + " principles = ?, description_words = ?, reflection_words = ?, evidence_words = ?, updated_at = ?,"
                        + " revised_at = ?, text_cuts = ?, version = ? WHERE id = ? AND version = ?")
                .params(new SqlParameterValue(Types.VARCHAR, section.getTitle()), section.getDescription(),
                        section.getReflection(), section.getEvidence(), section.principles(), section.descriptionWords(),
                        section.reflectionWords(), section.evidenceWords(), timestamp(section.getUpdatedAt()),
                        timestamp(section.getRevisedAt()), new SqlParameterValue(Types.VARCHAR, section.textCuts()),
                        expectedVersion + 1, section.getId(), expectedVersion)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Section " + section.getId() + " is no longer at version " + expectedVersion);
        }
        section.expectVersion(expectedVersion + 1);
    }

    private static SectionToSave toSave(ResultSet rs, int row) throws SQLException {
        PortfolioSection section = new PortfolioSection(rs.getObject("id", UUID.class), rs.getObject("portfolio_id", UUID.class),
                rs.getString("section_key"), rs.getInt("position"), rs.getString("label"), rs.getString("title"),
                rs.getString("description"), rs.getString("reflection"), rs.getString("evidence"), rs.getString("principles"),
                integer(rs, "description_words"), integer(rs, "reflection_words"), integer(rs, "evidence_words"),
                instant(rs, "copied_from_date"), instant(rs, "updated_at"), instant(rs, "revised_at"), rs.getString("text_cuts"),
                rs.getLong("version"));
        return new SectionToSave(portfolio(rs, "portfolio_id", "portfolio_created_at", "portfolio_version"), section,
                instant(rs, "last_revision_at"), rs.getInt("evidence_links"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static SqlParameterValue timestamp(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP, instant == null ? null : Timestamp.from(instant));
    }
}
