package org.waymark.submission.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waymark.submission.SubmissionOutcome;

/** The released outcomes of submissions (table {@code submission_outcome}), written once each. */
@Repository
class SubmissionOutcomes {

    private final JdbcClient jdbc;

    SubmissionOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SubmissionOutcome outcome, UUID releasedBy) {
        jdbc.sql("INSERT INTO submission_outcome (submission_id, outcome, outcome_name, resubmit_by, released_at, released_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(outcome.submissionId(), outcome.outcomeKey(), outcome.outcomeName(),
                        new SqlParameterValue(Types.TIMESTAMP, outcome.resubmitBy() == null ? null : Timestamp.from(outcome.resubmitBy())),
                        Timestamp.from(outcome.releasedAt()), releasedBy)
                .update();
    }

    /** After a reassessment on appeal: the new outcome in place of the one released before. */
    void replace(SubmissionOutcome outcome, UUID releasedBy) {
        jdbc.sql("UPDATE submission_outcome SET outcome = ?, outcome_name = ?, resubmit_by = ?, released_at = ?, released_by = ?"
                        + " WHERE submission_id = ?")
                .params(outcome.outcomeKey(), outcome.outcomeName(),
                        new SqlParameterValue(Types.TIMESTAMP, outcome.resubmitBy() == null ? null : Timestamp.from(outcome.resubmitBy())),
                        Timestamp.from(outcome.releasedAt()), releasedBy, outcome.submissionId())
                .update();
    }

    Optional<SubmissionOutcome> find(UUID submissionId) {
        return jdbc.sql("SELECT submission_id, outcome, outcome_name, resubmit_by, released_at FROM submission_outcome"
                        + " WHERE submission_id = ?")
                .param(submissionId)
                .query((rs, n) -> new SubmissionOutcome(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .optional();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
