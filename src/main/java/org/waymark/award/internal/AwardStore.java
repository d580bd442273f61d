package org.waymark.award.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waymark.award.Award;

/** The {@code award} table: the one place its SQL is written. Changes are made only from the version read. */
@Repository
class AwardStore {

    private static final String SELECT = """
            SELECT id, certificate_number, verification_token, holder_id, holder_name, pathway, submission_id, outcome,
                   awarded_on, awarded_at, status, revoked_at, revoke_reason, certificate_issue, certificate_issued_at,
                   membership_paid_until, portfolio_review_due_on, version
            FROM award
            """;

    private final JdbcClient jdbc;

    AwardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Award a, UUID awardedBy) {
        jdbc.sql("""
                        INSERT INTO award (id, certificate_number, verification_token, holder_id, holder_name, pathway,
                            submission_id, outcome, awarded_on, awarded_at, awarded_by, status, certificate_issue,
                            certificate_issued_at, membership_paid_until, portfolio_review_due_on, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?, ?, ?, 0)""")
                .params(a.id(), a.certificateNumber(), a.verificationToken(), a.holderId(), a.holderName(), a.pathwayKey(),
                        a.submissionId(), a.outcomeKey(), Date.valueOf(a.awardedOn()), Timestamp.from(a.awardedAt()), awardedBy,
                        a.certificateIssue(), Timestamp.from(a.certificateIssuedAt()), Date.valueOf(a.membershipPaidUntil()),
                        Date.valueOf(a.portfolioReviewDueOn()))
                .update();
    }

    Optional<Award> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(AwardStore::row).optional();
    }

    Optional<Award> byToken(String token) {
        return jdbc.sql(SELECT + " WHERE verification_token = ?").param(token).query(AwardStore::row).optional();
    }

    Optional<Award> byNumber(String number) {
        return jdbc.sql(SELECT + " WHERE certificate_number = ?").param(number).query(AwardStore::row).optional();
    }

    Optional<Award> bySubmission(UUID submissionId) {
        return jdbc.sql(SELECT + " WHERE submission_id = ?").param(submissionId).query(AwardStore::row).optional();
    }

    List<Award> heldBy(UUID holderId) {
        return jdbc.sql(SELECT + " WHERE holder_id = ? ORDER BY awarded_at DESC").param(holderId).query(AwardStore::row).list();
    }

    /** The newest first, a page at a time; {@code q} matches the number or the holder's name (case-insensitive). */
    List<Award> search(String q, int limit, int offset) {
        String like = "%" + (q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return jdbc.sql(SELECT + " WHERE LOWER(certificate_number) LIKE ? OR LOWER(holder_name) LIKE ?"
                        + " ORDER BY awarded_at DESC, certificate_number DESC LIMIT ? OFFSET ?")
                .params(like, like, limit, offset).query(AwardStore::row).list();
    }

    boolean revoke(UUID id, long version, UUID by, Instant at, String reason) {
        return jdbc.sql("UPDATE award SET status = 'REVOKED', revoked_at = ?, revoked_by = ?, revoke_reason = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ? AND status = 'VALID'")
                .params(Timestamp.from(at), by, reason, id, version).update() == 1;
    }

    boolean reissue(UUID id, long version, String holderName, Instant at) {
        return jdbc.sql("UPDATE award SET holder_name = ?, certificate_issue = certificate_issue + 1, certificate_issued_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")
                .params(holderName, Timestamp.from(at), id, version).update() == 1;
    }

    /** Moves the date membership is paid until one year on, from the version the administrator saw. */
    boolean recordPayment(UUID id, long version, LocalDate paidUntil, LocalDate newPaidUntil) {
        return jdbc.sql("UPDATE award SET membership_paid_until = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND membership_paid_until = ? AND status = 'VALID'")
                .params(Date.valueOf(newPaidUntil), id, version, Date.valueOf(paidUntil)).update() == 1;
    }

    /** Moves the portfolio review three years on after a confirming review; once per review submission. */
    boolean confirmReview(UUID id, UUID submissionId) {
        return jdbc.sql("UPDATE award SET portfolio_review_due_on = CAST(portfolio_review_due_on + INTERVAL '3' YEAR AS DATE),"
                        + " review_submission_id = ?, version = version + 1 WHERE id = ? AND status = 'VALID'"
                        + " AND (review_submission_id IS NULL OR review_submission_id <> ?)")
                .params(submissionId, id, submissionId).update() == 1;
    }

    /** Awards not revoked whose fee or portfolio review falls due on or before {@code horizon}: what reminders look at. */
    List<Award> dueBy(LocalDate feeHorizon, LocalDate reviewHorizon) {
        return jdbc.sql(SELECT + " WHERE status = 'VALID' AND (membership_paid_until <= ? OR portfolio_review_due_on <= ?)")
                .params(Date.valueOf(feeHorizon), Date.valueOf(reviewHorizon)).query(AwardStore::row).list();
    }

    private static Award row(ResultSet rs, int n) throws SQLException {
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        return new Award(rs.getObject("id", UUID.class), rs.getString("certificate_number"), rs.getString("verification_token"),
                rs.getObject("holder_id", UUID.class), rs.getString("holder_name"), rs.getString("pathway"),
                rs.getObject("submission_id", UUID.class), rs.getString("outcome"), rs.getDate("awarded_on").toLocalDate(),
                rs.getTimestamp("awarded_at").toInstant(), "REVOKED".equals(rs.getString("status")),
                revokedAt == null ? null : revokedAt.toInstant(), rs.getString("revoke_reason"),
                rs.getInt("certificate_issue"), rs.getTimestamp("certificate_issued_at").toInstant(),
                rs.getDate("membership_paid_until").toLocalDate(), rs.getDate("portfolio_review_due_on").toLocalDate(),
                rs.getLong("version"));
    }

}
