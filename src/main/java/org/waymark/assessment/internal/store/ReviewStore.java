package org.waymark.assessment.internal.store;

import static org.waymark.platform.JdbcTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of reviews and their rows ({@code review}, {@code review_row}): the one place their SQL is written.
 * A review is read whole, with its rows; a draft is changed only from the version read (false when another tab or
 * node saved first) and never once submitted.
 */
@Repository
public class ReviewStore {

    private static final String REVIEW = """
            SELECT id, assessment_id, assessor_id, role, status, recommended_outcome, feedback, created_at, updated_at,
                   submitted_at, version
            FROM review
            """;

    private final JdbcClient jdbc;

    ReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new, empty draft. */
    public void insert(Review r) {
        jdbc.sql("""
                        INSERT INTO review (id, assessment_id, assessor_id, role, status, recommended_outcome, feedback,
                            created_at, updated_at, submitted_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(r.id(), r.assessmentId(), r.assessorId(), r.role().name(), r.status().name(), r.recommendedOutcome(),
                        r.feedback(), ts(r.createdAt()), ts(r.updatedAt()), ts(r.submittedAt()))
                .update();
        insertRows(r.id(), r.rows());
    }

    public Optional<Review> find(UUID id) {
        return withRows(jdbc.sql(REVIEW + " WHERE id = ?").param(id).query(ReviewStore::review).list()).stream().findFirst();
    }

    public Optional<Review> of(UUID assessmentId, UUID assessorId) {
        return withRows(jdbc.sql(REVIEW + " WHERE assessment_id = ? AND assessor_id = ?").params(assessmentId, assessorId)
                .query(ReviewStore::review).list()).stream().findFirst();
    }

    /** Every review of an assessment (a replaced assessor's draft included), oldest first. */
    public List<Review> forAssessment(UUID assessmentId) {
        return withRows(jdbc.sql(REVIEW + " WHERE assessment_id = ? ORDER BY created_at, id").param(assessmentId)
                .query(ReviewStore::review).list());
    }

    /**
     * Replaces a draft's outcome, feedback and rows from the version the caller read; false (nothing changed) if the
     * review has moved on or was submitted meanwhile.
     */
    public boolean saveDraft(UUID id, long version, String recommendedOutcome, String feedback, List<Review.Row> rows, Instant at) {
        int updated = jdbc.sql("""
                        UPDATE review SET recommended_outcome = ?, feedback = ?, updated_at = ?, version = version + 1
                        WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(recommendedOutcome, feedback, ts(at), id, version).update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM review_row WHERE review_id = ?").param(id).update();
        insertRows(id, rows);
        return true;
    }

    /** Locks a draft, from the version the caller read; false if it had moved on or was already submitted. */
    public boolean submit(UUID id, long version, Instant at) {
        return jdbc.sql("""
                        UPDATE review SET status = 'SUBMITTED', submitted_at = ?, updated_at = ?, version = version + 1
                        WHERE id = ? AND version = ? AND status = 'DRAFT'""")
                .params(ts(at), ts(at), id, version).update() == 1;
    }

    /**
     * A submitted review's grades as calibration reads them: which assessment, round and pathway, who in which role,
     * the recommended outcome, and each row's grade by kind and key (null for a row without one).
     */
    public record SubmittedGrades(UUID assessmentId, UUID roundId, String pathwayKey, UUID assessorId, Place.Role role,
                                  Instant submittedAt, String recommendedOutcome, Map<Review.RowKind, Map<String, String>> grades) {
    }

    /**
     * Every submitted review with its grades, in one query, for assessments in these rounds (every round when empty)
     * and on this pathway (every pathway when null); ordered by assessment, then when submitted.
     */
    public List<SubmittedGrades> submittedGrades(Collection<UUID> roundIds, String pathwayKey) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.id AS assessment_id, a.round_id, a.pathway, r.id AS review_id, r.assessor_id, r.role, r.submitted_at,
                       r.recommended_outcome, rr.row_kind, rr.row_key, rr.grade
                FROM review r
                JOIN assessment a ON a.id = r.assessment_id
                LEFT JOIN review_row rr ON rr.review_id = r.id
                WHERE r.status = 'SUBMITTED'""");
        List<Object> params = new ArrayList<>();
        if (!roundIds.isEmpty()) {
            sql.append(" AND a.round_id IN (").append(roundIds.stream().map(i -> "?").collect(Collectors.joining(", "))).append(')');
            params.addAll(roundIds);
        }
        if (pathwayKey != null) {
            sql.append(" AND a.pathway = ?");
            params.add(pathwayKey);
        }
        sql.append(" ORDER BY a.id, r.submitted_at, r.id");
        Map<UUID, SubmittedGrades> byReview = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            UUID reviewId = rs.getObject("review_id", UUID.class);
            SubmittedGrades review = byReview.get(reviewId);
            if (review == null) {
                review = new SubmittedGrades(rs.getObject("assessment_id", UUID.class), rs.getObject("round_id", UUID.class),
                        rs.getString("pathway"), rs.getObject("assessor_id", UUID.class), Place.Role.valueOf(rs.getString("role")),
                        instant(rs, "submitted_at"), rs.getString("recommended_outcome"), new EnumMap<>(Review.RowKind.class));
                byReview.put(reviewId, review);
            }
            String kind = rs.getString("row_kind");
            if (kind != null) {
                review.grades().computeIfAbsent(Review.RowKind.valueOf(kind), k -> new HashMap<>())
                        .put(rs.getString("row_key"), rs.getString("grade"));
            }
            return null;
        }).list();
        return List.copyOf(byReview.values());
    }

    /** The rounds with at least one submitted review (what calibration can be filtered by). */
    public List<UUID> roundsWithSubmittedReviews() {
        return jdbc.sql("""
                        SELECT DISTINCT a.round_id FROM assessment a JOIN review r ON r.assessment_id = a.id
                        WHERE r.status = 'SUBMITTED'""")
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    private void insertRows(UUID reviewId, List<Review.Row> rows) {
        for (Review.Row row : rows) {
            jdbc.sql("INSERT INTO review_row (review_id, row_kind, row_key, grade, complete, comment) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(reviewId, row.kind().name(), row.key(), row.grade(), row.complete(), row.comment())
                    .update();
        }
    }

    private List<Review> withRows(List<Review> reviews) {
        if (reviews.isEmpty()) {
            return reviews;
        }
        List<UUID> ids = reviews.stream().map(Review::id).toList();
        Map<UUID, List<Review.Row>> rows = new java.util.HashMap<>();
        for (UUID id : ids) {
            rows.put(id, new ArrayList<>());
        }
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(", "));
        jdbc.sql("SELECT review_id, row_kind, row_key, grade, complete, comment FROM review_row WHERE review_id IN (" + marks
                        + ") ORDER BY row_kind, row_key")
                .params(new ArrayList<Object>(ids))
                .query((rs, n) -> {
                    Object complete = rs.getObject("complete");
                    rows.get(rs.getObject("review_id", UUID.class)).add(new Review.Row(
                            Review.RowKind.valueOf(rs.getString("row_kind")), rs.getString("row_key"), rs.getString("grade"),
                            complete == null ? null : rs.getBoolean("complete"), rs.getString("comment")));
                    return null;
                }).list();
        return reviews.stream().map(r -> new Review(r.id(), r.assessmentId(), r.assessorId(), r.role(), r.status(),
                r.recommendedOutcome(), r.feedback(), r.createdAt(), r.updatedAt(), r.submittedAt(), r.version(),
                List.copyOf(rows.get(r.id())))).toList();
    }

    private static Review review(ResultSet rs, int n) throws SQLException {
        return new Review(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
                rs.getObject("assessor_id", UUID.class), Place.Role.valueOf(rs.getString("role")),
                Review.Status.valueOf(rs.getString("status")), rs.getString("recommended_outcome"), rs.getString("feedback"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "submitted_at"), rs.getLong("version"),
                List.of());
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
