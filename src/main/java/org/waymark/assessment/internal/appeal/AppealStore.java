package org.waymark.assessment.internal.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code appeal} table: written once by the candidate, decided once from the version read. */
@Repository
class AppealStore {

    private static final String SELECT = """
            SELECT id, assessment_id, submission_id, candidate_id, reason, appealed_at, status, decision_reason,
                   decided_at, decided_by, version
            FROM appeal
            """;

    private final JdbcClient jdbc;

    AppealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Appeal a) {
        jdbc.sql("""
                        INSERT INTO appeal (id, assessment_id, submission_id, candidate_id, reason, appealed_at, status, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(a.id(), a.assessmentId(), a.submissionId(), a.candidateId(), a.reason(),
                        Timestamp.from(a.appealedAt()), a.status().name())
                .update();
    }

    Optional<Appeal> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(AppealStore::row).optional();
    }

    Optional<Appeal> ofSubmission(UUID submissionId) {
        return jdbc.sql(SELECT + " WHERE submission_id = ?").param(submissionId).query(AppealStore::row).optional();
    }

    /** Open appeals first, oldest first (the longest waiting); then decided ones, most recently decided first. */
    List<Appeal> all() {
        return jdbc.sql(SELECT + " ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, "
                        + "CASE WHEN status = 'OPEN' THEN appealed_at END, decided_at DESC, id")
                .query(AppealStore::row).list();
    }

    boolean decide(UUID id, long version, Appeal.Status status, String reason, UUID by, Instant at) {
        return jdbc.sql("""
                        UPDATE appeal SET status = ?, decision_reason = ?, decided_by = ?, decided_at = ?, version = version + 1
                        WHERE id = ? AND version = ? AND status = 'OPEN'""")
                .params(status.name(), reason, by, Timestamp.from(at), id, version).update() == 1;
    }

    private static Appeal row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Appeal(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
                rs.getObject("submission_id", UUID.class), rs.getObject("candidate_id", UUID.class), rs.getString("reason"),
                rs.getTimestamp("appealed_at").toInstant(), Appeal.Status.valueOf(rs.getString("status")),
                rs.getString("decision_reason"), decided == null ? null : decided.toInstant(),
                rs.getObject("decided_by", UUID.class), rs.getLong("version"));
    }
}
