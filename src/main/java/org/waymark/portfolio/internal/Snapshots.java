package org.waymark.portfolio.internal;

import static org.waymark.platform.JdbcTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.portfolio.PortfolioSnapshot;

/**
 * Frozen copies of portfolios, in set statements: a freeze is five {@code INSERT ... SELECT}s whatever the size of
 * the portfolio. Evidence rows are copied with their storage key, never their bytes; {@code EvidenceLibrary} keeps a
 * file for as long as a snapshot refers to its key.
 * <p>
 * Nothing here, or anywhere else, updates a snapshot's content: once written, its sections, evidence and links are
 * only ever read. The one column that changes is {@code held}, which says whether a submission in progress still
 * uses the snapshot (and so whether the live portfolio may be deleted).
 */
@Component
class Snapshots {

    private final JdbcClient jdbc;
    private final Clock clock;

    Snapshots(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Copies the portfolio as it is now. The portfolio's row and its evidence rows are locked first: a portfolio
     * deletion waits for the freeze (and then sees it held), and an evidence deletion racing the freeze either
     * happens before it (the item is not in the snapshot) or after it commits (the file is kept, being referred to).
     */
    @Transactional
    public UUID freeze(UUID portfolioId) {
        if (jdbc.sql("SELECT id FROM portfolio WHERE id = ? FOR UPDATE").param(portfolioId).query(UUID.class).optional().isEmpty()) {
            throw new NoSuchElementException("No portfolio " + portfolioId);
        }
        jdbc.sql("SELECT id FROM evidence_item WHERE portfolio_id = ? FOR UPDATE").param(portfolioId).query(UUID.class).list();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO portfolio_snapshot (id, portfolio_id, owner_id, pathway, framework_version,
                            declaration_signed_at, suggested_assessor_name, suggested_assessor_email, held, created_at)
                        SELECT ?, id, owner_id, pathway, framework_version,
                            declaration_signed_at, suggested_assessor_name, suggested_assessor_email, TRUE, ?
                        FROM portfolio WHERE id = ?""")
                .params(id, Timestamp.from(clock.instant()), portfolioId).update();
        jdbc.sql("""
                        INSERT INTO snapshot_section (snapshot_id, section_id, section_key, position, label, title,
                            description, reflection, evidence, principles, copied_from_date, updated_at)
                        SELECT ?, id, section_key, position, label, title,
                            description, reflection, evidence, principles, copied_from_date, updated_at
                        FROM portfolio_section WHERE portfolio_id = ?""")
                .params(id, portfolioId).update();
        jdbc.sql("""
                        INSERT INTO snapshot_evidence (snapshot_id, evidence_id, kind, title, description, url, storage_key,
                            file_name, content_type, size_bytes, accessible_text, permission_confirmed, created_at)
                        SELECT ?, id, kind, title, description, url, storage_key,
                            file_name, content_type, size_bytes, accessible_text, permission_confirmed, created_at
                        FROM evidence_item WHERE portfolio_id = ?""")
                .params(id, portfolioId).update();
        // Only links between a copied section and a copied item: the snapshot is consistent in itself.
        jdbc.sql("""
                        INSERT INTO snapshot_section_evidence (snapshot_id, section_id, evidence_id)
                        SELECT ss.snapshot_id, ss.section_id, se.evidence_id
                        FROM snapshot_section ss
                        JOIN section_evidence se ON se.section_id = ss.section_id
                        JOIN snapshot_evidence sv ON sv.snapshot_id = ss.snapshot_id AND sv.evidence_id = se.evidence_id
                        WHERE ss.snapshot_id = ?""")
                .param(id).update();
        return id;
    }

    /** The submission no longer needs the snapshot; it stays, unchanged. False if there is no such snapshot. */
    @Transactional
    public boolean release(UUID snapshotId) {
        return jdbc.sql("UPDATE portfolio_snapshot SET held = FALSE WHERE id = ?").param(snapshotId).update() == 1;
    }

    /** Whether a submission in progress holds a snapshot of this portfolio. */
    public boolean held(UUID portfolioId) {
        return jdbc.sql("SELECT COUNT(*) FROM portfolio_snapshot WHERE portfolio_id = ? AND held = TRUE")
                .param(portfolioId).query(Long.class).single() > 0;
    }

    /** Locks the portfolio's row until the transaction ends, so that no freeze starts meanwhile. */
    void lockPortfolio(UUID portfolioId) {
        jdbc.sql("SELECT id FROM portfolio WHERE id = ? FOR UPDATE").param(portfolioId).query(UUID.class).optional();
    }

    /** The snapshot: sections in order, evidence oldest first, each section with the ids of its evidence in that order. */
    @Transactional(readOnly = true)
    public Optional<PortfolioSnapshot> find(UUID snapshotId) {
        return jdbc.sql("SELECT * FROM portfolio_snapshot WHERE id = ?").param(snapshotId)
                .query((rs, row) -> header(rs)).optional()
                .map(header -> {
                    List<PortfolioSnapshot.Evidence> evidence = jdbc.sql(
                                    "SELECT * FROM snapshot_evidence WHERE snapshot_id = ? ORDER BY created_at, evidence_id")
                            .param(snapshotId).query((rs, row) -> evidence(rs)).list();
                    Map<UUID, List<UUID>> links = new HashMap<>();
                    jdbc.sql("""
                                    SELECT l.section_id, l.evidence_id FROM snapshot_section_evidence l
                                    JOIN snapshot_evidence e ON e.snapshot_id = l.snapshot_id AND e.evidence_id = l.evidence_id
                                    WHERE l.snapshot_id = ? ORDER BY e.created_at, e.evidence_id""")
                            .param(snapshotId)
                            .query(rs -> {
                                links.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                        .add(rs.getObject(2, UUID.class));
                            });
                    List<PortfolioSnapshot.Section> sections = jdbc.sql(
                                    "SELECT * FROM snapshot_section WHERE snapshot_id = ? ORDER BY position, section_id")
                            .param(snapshotId)
                            .query((rs, row) -> section(rs, links)).list();
                    return new PortfolioSnapshot(header.id(), header.portfolioId(), header.ownerId(), header.pathwayKey(),
                            header.frameworkVersion(), header.declarationSignedAt(), header.suggestedAssessorName(),
                            header.suggestedAssessorEmail(), header.createdAt(), header.held(), sections, evidence);
                });
    }

    private static PortfolioSnapshot header(ResultSet rs) throws SQLException {
        return new PortfolioSnapshot(rs.getObject("id", UUID.class), rs.getObject("portfolio_id", UUID.class),
                rs.getObject("owner_id", UUID.class), rs.getString("pathway"), rs.getString("framework_version"),
                instant(rs, "declaration_signed_at"), rs.getString("suggested_assessor_name"),
                rs.getString("suggested_assessor_email"), instant(rs, "created_at"), rs.getBoolean("held"), List.of(), List.of());
    }

    private static PortfolioSnapshot.Section section(ResultSet rs, Map<UUID, List<UUID>> links) throws SQLException {
        UUID sectionId = rs.getObject("section_id", UUID.class);
        String principles = rs.getString("principles");
        Set<String> principleSet = new LinkedHashSet<>();
        if (principles != null && !principles.isBlank()) {
            principleSet.addAll(Arrays.asList(principles.split(",")));
        }
        return new PortfolioSnapshot.Section(sectionId, rs.getString("section_key"), rs.getInt("position"),
                rs.getString("label"), rs.getString("title"), rs.getString("description"), rs.getString("reflection"),
                rs.getString("evidence"), java.util.Collections.unmodifiableSet(principleSet), instant(rs, "copied_from_date"),
                instant(rs, "updated_at"), List.copyOf(links.getOrDefault(sectionId, List.of())));
    }

    private static PortfolioSnapshot.Evidence evidence(ResultSet rs) throws SQLException {
        long size = rs.getLong("size_bytes");
        return new PortfolioSnapshot.Evidence(rs.getObject("evidence_id", UUID.class), rs.getString("kind"),
                rs.getString("title"), rs.getString("description"), rs.getString("url"), rs.getString("storage_key"),
                rs.getString("file_name"), rs.getString("content_type"), rs.wasNull() ? null : size,
                rs.getString("accessible_text"), rs.getBoolean("permission_confirmed"), instant(rs, "created_at"));
    }

}
