package org.waymark.submission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.SubmissionType;

/**
 * What the administrator's lists read: the queue of submissions waiting for the completeness check, a round's
 * submissions with their counts, and each one's link check results. One query per list, whatever its length.
 */
@Service
public class SubmissionQueue {

    /** One submission in a list, with how many of its links were found broken. */
    public record Row(UUID id, String reference, UUID candidateId, String pathway, SubmissionType type, SubmissionForm form,
                      UUID roundId, String roundName, SubmissionStatus status, Instant submittedAt, Instant decisionDueAt,
                      int brokenLinks, int uncheckedLinks) {

        public boolean waiting() {
            return status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.ACCEPTED;
        }
    }

    /** How many of a round's submissions, of one type on one pathway, are in each status. */
    public record Count(SubmissionType type, String pathway, Map<SubmissionStatus, Integer> byStatus) {

        public int of(SubmissionStatus status) {
            return byStatus.getOrDefault(status, 0);
        }

        public int total() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One link found in a submission and what the background check made of it. */
    public record Link(String url, String foundIn, String status, Integer httpStatus, String finalUrl, String problem,
                       Instant checkedAt) {

        public boolean broken() {
            return BROKEN.equals(status);
        }

        public boolean checked() {
            return checkedAt != null;
        }
    }

    static final String BROKEN = "BROKEN";

    private static final String ROW = """
            SELECT s.id, s.reference, s.candidate_id, s.pathway, s.submission_type, s.form, s.round_id, r.name, s.status,
                   s.submitted_at, s.decision_due_at,
                   (SELECT COUNT(*) FROM submission_link l WHERE l.submission_id = s.id AND l.status = 'BROKEN') AS broken,
                   (SELECT COUNT(*) FROM submission_link l WHERE l.submission_id = s.id AND l.checked_at IS NULL) AS unchecked
            FROM submission s JOIN submission_round r ON r.id = s.round_id
            """;

    private final JdbcClient jdbc;

    SubmissionQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every submission waiting for the completeness check, whatever its round, the longest waiting first. */
    public List<Row> waiting() {
        return jdbc.sql(ROW + " WHERE s.status = 'SUBMITTED' ORDER BY s.submitted_at, s.reference").query(SubmissionQueue::row).list();
    }

    /** Every submission in a round, in the order they arrived. */
    public List<Row> inRound(UUID roundId) {
        return jdbc.sql(ROW + " WHERE s.round_id = ? ORDER BY s.submitted_at, s.reference").param(roundId)
                .query(SubmissionQueue::row).list();
    }

    /** The round's counts by type and pathway (first submissions first, then by pathway key). */
    public static List<Count> counts(List<Row> rows) {
        Map<String, Map<SubmissionStatus, Integer>> grouped = new LinkedHashMap<>();
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(Row::type).thenComparing(Row::pathway));
        for (Row row : ordered) {
            grouped.computeIfAbsent(row.type().name() + "|" + row.pathway(), k -> new LinkedHashMap<>())
                    .merge(row.status(), 1, Integer::sum);
        }
        List<Count> counts = new ArrayList<>();
        grouped.forEach((key, byStatus) -> {
            String[] parts = key.split("\\|", 2);
            counts.add(new Count(SubmissionType.valueOf(parts[0]), parts[1], Map.copyOf(byStatus)));
        });
        return counts;
    }

    /** A submission's links, broken ones first, then those not checked yet, then the rest; each group by address. */
    public List<Link> links(UUID submissionId) {
        List<Link> links = new ArrayList<>(jdbc.sql("""
                        SELECT url, found_in, status, http_status, final_url, problem, checked_at
                        FROM submission_link WHERE submission_id = ?""")
                .param(submissionId)
                .query((rs, n) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6), instant(rs, 7)))
                .list());
        links.sort(Comparator.comparingInt((Link l) -> l.broken() ? 0 : l.checked() ? 2 : 1).thenComparing(Link::url));
        return links;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                SubmissionType.valueOf(rs.getString(5)), SubmissionForm.valueOf(rs.getString(6)), rs.getObject(7, UUID.class),
                rs.getString(8), SubmissionStatus.valueOf(rs.getString(9)), instant(rs, 10), instant(rs, 11), rs.getInt(12),
                rs.getInt(13));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
