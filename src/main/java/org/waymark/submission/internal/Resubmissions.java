package org.waymark.submission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waymark.submission.Resubmission;

/** The links from resubmissions to the referred submissions they follow (table {@code submission_resubmission}). */
@Repository
class Resubmissions {

    private static final String SELECT = "SELECT submission_id, follows_submission_id, change_summary, created_at"
            + " FROM submission_resubmission";

    private final JdbcClient jdbc;

    Resubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Resubmission resubmission) {
        jdbc.sql("INSERT INTO submission_resubmission (submission_id, follows_submission_id, change_summary, created_at)"
                        + " VALUES (?, ?, ?, ?)")
                .params(resubmission.submissionId(), resubmission.followsSubmissionId(), resubmission.changeSummary(),
                        Timestamp.from(resubmission.createdAt()))
                .update();
    }

    Optional<Resubmission> of(UUID submissionId) {
        return jdbc.sql(SELECT + " WHERE submission_id = ?").param(submissionId).query(Resubmissions::row).optional();
    }

    /** Every resubmission made after this referral, oldest first (withdrawn and returned ones included). */
    List<Resubmission> following(UUID referredSubmissionId) {
        return jdbc.sql(SELECT + " WHERE follows_submission_id = ? ORDER BY created_at").param(referredSubmissionId)
                .query(Resubmissions::row).list();
    }

    private static Resubmission row(ResultSet rs, int n) throws SQLException {
        return new Resubmission(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getTimestamp(4).toInstant());
    }
}
