package org.waymark.assessment.internal.store;

import static org.waymark.platform.JdbcTimes.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.waymark.framework.AssessmentType;

/**
 * The tables of assessments and their places ({@code assessment}, {@code assessment_place}): the one place their
 * SQL is written, for allocation, reviews and outcomes alike. Changes are made only from the version the caller
 * read (false when someone else changed the row first); the services decide what a change means.
 */
@Repository
public class AssessmentStore {

    private static final String ASSESSMENT = """
            SELECT id, submission_id, round_id, candidate_id, snapshot_id, pathway, assessment_type, previous_outcome,
                   blind, status, due_at, allocated_at, allocated_by, outcome, outcome_recorded_at, outcome_recorded_by,
                   moderation_reason, released_at, version
            FROM assessment
            """;
    private static final String PLACE = """
            SELECT id, assessment_id, role, assessor_id, status, offered_at, answered_at, reason, last_reminded_at, version
            FROM assessment_place
            """;

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- assessments ----

    public void insert(Assessment a) {
        jdbc.sql("""
                        INSERT INTO assessment (id, submission_id, round_id, candidate_id, snapshot_id, pathway, assessment_type,
                            previous_outcome, blind, status, due_at, allocated_at, allocated_by, version, attempt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0,
                            (SELECT COALESCE(MAX(b.attempt), 0) + 1 FROM assessment b WHERE b.submission_id = ?))""")
                .params(a.id(), a.submissionId(), a.roundId(), a.candidateId(), a.snapshotId(), a.pathwayKey(), a.type().name(),
                        a.previousOutcome(), a.blind(), a.status().name(), ts(a.dueAt()), ts(a.allocatedAt()), a.allocatedBy(),
                        a.submissionId())
                .update();
    }

    public Optional<Assessment> find(UUID id) {
        return jdbc.sql(ASSESSMENT + " WHERE id = ?").param(id).query(AssessmentStore::assessment).optional();
    }

    /** The submission's assessment: after a reassessment on appeal, the latest one. */
    public Optional<Assessment> findBySubmission(UUID submissionId) {
        return jdbc.sql(ASSESSMENT + " WHERE submission_id = ? ORDER BY attempt DESC FETCH FIRST 1 ROWS ONLY")
                .param(submissionId).query(AssessmentStore::assessment).optional();
    }

    /** The submission's latest released assessment: what the candidate sees, also while a reassessment is under way. */
    public Optional<Assessment> releasedOf(UUID submissionId) {
        return jdbc.sql(ASSESSMENT + " WHERE submission_id = ? AND status = 'RELEASED' ORDER BY attempt DESC FETCH FIRST 1 ROWS ONLY")
                .param(submissionId).query(AssessmentStore::assessment).optional();
    }

    /** Every assessment of the submission, first attempt first (more than one after a reassessment on appeal). */
    public List<Assessment> allOf(UUID submissionId) {
        return jdbc.sql(ASSESSMENT + " WHERE submission_id = ? ORDER BY attempt").param(submissionId)
                .query(AssessmentStore::assessment).list();
    }

    /** An appealed assessment that is to be reassessed by new assessors (its appeal decided "reassess"). */
    public record Reassessment(UUID appealedAssessmentId, UUID submissionId) {
    }

    /** The round's assessments whose appeal was decided "reassess", reassessed already or not. */
    public List<Reassessment> reassessments(UUID roundId) {
        return jdbc.sql("""
                        SELECT a.id, a.submission_id FROM assessment a JOIN appeal p ON p.assessment_id = a.id
                        WHERE a.round_id = ? AND p.status = 'REASSESS' ORDER BY p.decided_at, a.id""")
                .param(roundId)
                .query((rs, n) -> new Reassessment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    /** The round's assessments, in the order allocated (a reassessment after its appealed assessment). */
    public List<Assessment> inRound(UUID roundId) {
        return jdbc.sql(ASSESSMENT + " WHERE round_id = ? ORDER BY allocated_at, attempt, id").param(roundId)
                .query(AssessmentStore::assessment).list();
    }

    public List<Assessment> withStatus(Assessment.Status status) {
        return jdbc.sql(ASSESSMENT + " WHERE status = ? ORDER BY due_at, id").param(status.name())
                .query(AssessmentStore::assessment).list();
    }

    /** Holds the assessment's row until the caller's transaction ends, so that decisions about it are made one at a time. */
    public void lock(UUID id) {
        jdbc.sql("SELECT id FROM assessment WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
    }

    /** Moves an assessment on from the status and version the caller read; false if it had moved meanwhile. */
    public boolean moveTo(UUID id, long version, Assessment.Status from, Assessment.Status to) {
        return jdbc.sql("UPDATE assessment SET status = ?, version = version + 1 WHERE id = ? AND version = ? AND status = ?")
                .params(to.name(), id, version, from.name()).update() == 1;
    }

    /** Records (or, moderating, changes) the outcome; the status becomes DECIDED. False if the row moved meanwhile. */
    public boolean recordOutcome(UUID id, long version, String outcome, UUID by, Instant at, String moderationReason) {
        return jdbc.sql("""
                        UPDATE assessment SET outcome = ?, outcome_recorded_at = ?, outcome_recorded_by = ?,
                            moderation_reason = ?, status = 'DECIDED', version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(outcome, ts(at), by, moderationReason, id, version).update() == 1;
    }

    public boolean release(UUID id, long version, Instant at) {
        return jdbc.sql("UPDATE assessment SET status = 'RELEASED', released_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ? AND status = 'DECIDED'")
                .params(ts(at), id, version).update() == 1;
    }

    public boolean changeDueDate(UUID id, long version, Instant dueAt) {
        return jdbc.sql("UPDATE assessment SET due_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(ts(dueAt), id, version).update() == 1;
    }

    // ---- places ----

    public void insert(Place p) {
        jdbc.sql("""
                        INSERT INTO assessment_place (id, assessment_id, role, assessor_id, status, offered_at, answered_at,
                            reason, last_reminded_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(p.id(), p.assessmentId(), p.role().name(), p.assessorId(), p.status().name(), ts(p.offeredAt()),
                        ts(p.answeredAt()), p.reason(), ts(p.lastRemindedAt()))
                .update();
    }

    public Optional<Place> place(UUID placeId) {
        return jdbc.sql(PLACE + " WHERE id = ?").param(placeId).query(AssessmentStore::place).optional();
    }

    /** Every place of an assessment, current and past, in the order offered. */
    public List<Place> places(UUID assessmentId) {
        return jdbc.sql(PLACE + " WHERE assessment_id = ? ORDER BY offered_at, id").param(assessmentId)
                .query(AssessmentStore::place).list();
    }

    /** The current (offered or accepted) place of a role, if any. */
    public Optional<Place> current(UUID assessmentId, Place.Role role) {
        return places(assessmentId).stream().filter(p -> p.role() == role && p.current()).findFirst();
    }

    /** The current place this person holds on this assessment, if any. */
    public Optional<Place> currentOf(UUID assessmentId, UUID assessorId) {
        return places(assessmentId).stream().filter(p -> p.assessorId().equals(assessorId) && p.current()).findFirst();
    }

    /** Every place this person holds or held, newest first. */
    public List<Place> placesOf(UUID assessorId) {
        return jdbc.sql(PLACE + " WHERE assessor_id = ? ORDER BY offered_at DESC, id").param(assessorId)
                .query(AssessmentStore::place).list();
    }

    /** Answers or ends a place from the status and version the caller read; false if it had changed meanwhile. */
    public boolean movePlace(UUID placeId, long version, Place.Status to, Instant answeredAt, String reason) {
        return jdbc.sql("UPDATE assessment_place SET status = ?, answered_at = ?, reason = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?")
                .params(to.name(), ts(answeredAt), reason, placeId, version).update() == 1;
    }

    /** Every place on the round's assessments, current and past. */
    public List<Place> placesInRound(UUID roundId) {
        return jdbc.sql(PLACE + " WHERE assessment_id IN (SELECT id FROM assessment WHERE round_id = ?) ORDER BY offered_at, id")
                .param(roundId).query(AssessmentStore::place).list();
    }

    /** A place with what its reminders need from its assessment. */
    public record Reminding(Place place, UUID submissionId, Instant dueAt) {
    }

    private static final String REMINDING = """
            SELECT p.id, p.assessment_id, p.role, p.assessor_id, p.status, p.offered_at, p.answered_at, p.reason,
                   p.last_reminded_at, p.version, a.submission_id, a.due_at
            FROM assessment_place p JOIN assessment a ON a.id = p.assessment_id
            """;

    /** Places still offered, offered at or before {@code cutoff}, on assessments in review. */
    public List<Reminding> offeredSince(Instant cutoff) {
        return jdbc.sql(REMINDING + " WHERE p.status = 'OFFERED' AND p.offered_at <= ? AND a.status = 'IN_REVIEW'"
                        + " ORDER BY p.offered_at, p.id")
                .param(ts(cutoff)).query(AssessmentStore::reminding).list();
    }

    /**
     * Accepted places on assessments in review, due at or before {@code dueBy}, whose assessor has not submitted their
     * review (no review yet, or one whose status is not SUBMITTED).
     */
    public List<Reminding> acceptedWithoutSubmittedReview(Instant dueBy) {
        return jdbc.sql(REMINDING + """
                         LEFT JOIN review r ON r.assessment_id = p.assessment_id AND r.assessor_id = p.assessor_id
                        WHERE p.status = 'ACCEPTED' AND a.status = 'IN_REVIEW' AND a.due_at <= ?
                          AND (r.status IS NULL OR r.status <> 'SUBMITTED')
                        ORDER BY a.due_at, p.id""")
                .param(ts(dueBy)).query(AssessmentStore::reminding).list();
    }

    /**
     * Records a reminder that became due at {@code dueSince}, unless one was recorded since then: true for exactly one
     * caller, however many nodes try at once.
     */
    public boolean remindOnce(UUID placeId, Instant dueSince, Instant now) {
        return jdbc.sql("UPDATE assessment_place SET last_reminded_at = ? WHERE id = ?"
                        + " AND (last_reminded_at IS NULL OR last_reminded_at < ?)")
                .params(ts(now), placeId, ts(dueSince)).update() == 1;
    }

    public void reminded(UUID placeId, Instant at) {
        jdbc.sql("UPDATE assessment_place SET last_reminded_at = ? WHERE id = ?").params(ts(at), placeId).update();
    }

    // ---- rows ----

    private static Assessment assessment(ResultSet rs, int n) throws SQLException {
        return new Assessment(rs.getObject("id", UUID.class), rs.getObject("submission_id", UUID.class),
                rs.getObject("round_id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getObject("snapshot_id", UUID.class), rs.getString("pathway"),
                AssessmentType.valueOf(rs.getString("assessment_type")), rs.getString("previous_outcome"),
                rs.getBoolean("blind"), Assessment.Status.valueOf(rs.getString("status")), instant(rs, "due_at"),
                instant(rs, "allocated_at"), rs.getObject("allocated_by", UUID.class), rs.getString("outcome"),
                instant(rs, "outcome_recorded_at"), rs.getObject("outcome_recorded_by", UUID.class),
                rs.getString("moderation_reason"), instant(rs, "released_at"), rs.getLong("version"));
    }

    private static Place place(ResultSet rs, int n) throws SQLException {
        return new Place(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
                Place.Role.valueOf(rs.getString("role")), rs.getObject("assessor_id", UUID.class),
                Place.Status.valueOf(rs.getString("status")), instant(rs, "offered_at"), instant(rs, "answered_at"),
                rs.getString("reason"), instant(rs, "last_reminded_at"), rs.getLong("version"));
    }

    private static Reminding reminding(ResultSet rs, int n) throws SQLException {
        return new Reminding(place(rs, n), rs.getObject("submission_id", UUID.class), instant(rs, "due_at"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
