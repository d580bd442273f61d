package org.waymark.submission.internal.links;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code submission_link} table: links waiting for their check and what the checks found. */
@Repository
class SubmissionLinks {

    /** A link whose check is due; {@code attempts} is how many times it was tried before. */
    record DueLink(UUID id, String url, int attempts) {
    }

    private final JdbcClient jdbc;

    SubmissionLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean listed(UUID submissionId) {
        return jdbc.sql("SELECT COUNT(*) FROM submission_link WHERE submission_id = ?").param(submissionId)
                .query(Integer.class).single() > 0;
    }

    void addPending(UUID submissionId, List<FoundLink> links) {
        for (FoundLink link : links) {
            jdbc.sql("INSERT INTO submission_link (id, submission_id, url, found_in, status, attempts) VALUES (?, ?, ?, ?, ?, 0)")
                    .params(UUID.randomUUID(), submissionId, link.url(), link.foundIn(), LinkStatus.PENDING.name())
                    .update();
        }
    }

    /** An external portfolio's section map, in its order. */
    List<LinkExtraction.SectionLocation> sectionMap(UUID submissionId) {
        return jdbc.sql("SELECT heading, location FROM submission_section_location WHERE submission_id = ? ORDER BY position")
                .param(submissionId)
                .query((rs, n) -> new LinkExtraction.SectionLocation(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Pending links not already tried in the run that started at {@code runStartedAt}, least-tried first. */
    List<DueLink> due(Instant runStartedAt, int limit) {
        return jdbc.sql("""
                        SELECT id, url, attempts FROM submission_link
                        WHERE status = ? AND (checked_at IS NULL OR checked_at < ?)
                        ORDER BY attempts, id
                        LIMIT ?""")
                .params(LinkStatus.PENDING.name(), Timestamp.from(runStartedAt.truncatedTo(ChronoUnit.MICROS)), limit)
                .query((rs, n) -> new DueLink(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
                .list();
    }

    /**
     * Records one attempt. A failure that may pass keeps the link PENDING until its {@code maxAttempts}-th attempt,
     * which makes it BROKEN. Only if nobody recorded an attempt since the link was read: a second run that somehow
     * checked the same link changes nothing.
     */
    boolean record(DueLink link, LinkChecker.LinkCheck check, Instant at, int maxAttempts) {
        int attempts = link.attempts() + 1;
        LinkStatus status = check.status();
        String problem = check.problem();
        if (check.mayPass() && attempts < maxAttempts) {
            status = LinkStatus.PENDING;
        } else if (check.mayPass() && attempts > 1) {
            problem = problem + " (tried " + attempts + " times)";
        }
        return jdbc.sql("""
                        UPDATE submission_link SET status = ?, http_status = ?, final_url = ?, problem = ?, attempts = ?,
                            checked_at = ?
                        WHERE id = ? AND status = ? AND attempts = ?""")
                .params(status.name(), check.httpStatus(), limit(check.finalUrl(), LinkExtraction.MAX_URL_LENGTH),
                        limit(problem, 500), attempts, Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)), link.id(),
                        LinkStatus.PENDING.name(), link.attempts())
                .update() == 1;
    }

    /** A submission's links, those that need a look first, each group in the order of where they were found. */
    List<LinkResult> forSubmission(UUID submissionId) {
        return jdbc.sql("""
                        SELECT id, url, found_in, status, http_status, final_url, problem, attempts, checked_at
                        FROM submission_link WHERE submission_id = ?
                        ORDER BY CASE status WHEN 'BROKEN' THEN 0 WHEN 'REFUSED' THEN 1 WHEN 'PENDING' THEN 2 ELSE 3 END,
                                 found_in, url""")
                .param(submissionId)
                .query(SubmissionLinks::result)
                .list();
    }

    Map<UUID, LinkSummary> summaries(Collection<UUID> submissionIds) {
        Map<UUID, int[]> counts = new HashMap<>();
        if (!submissionIds.isEmpty()) {
            jdbc.sql("SELECT submission_id, status, COUNT(*) FROM submission_link WHERE submission_id IN (:ids) GROUP BY submission_id, status")
                    .param("ids", submissionIds)
                    .query(rs -> {
                        int[] c = counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new int[4]);
                        c[LinkStatus.valueOf(rs.getString(2)).ordinal()] += rs.getInt(3);
                    });
        }
        Map<UUID, LinkSummary> result = new HashMap<>();
        for (UUID id : submissionIds) {
            int[] c = counts.getOrDefault(id, new int[4]);
            result.put(id, new LinkSummary(c[0] + c[1] + c[2] + c[3], c[LinkStatus.PENDING.ordinal()],
                    c[LinkStatus.BROKEN.ordinal()], c[LinkStatus.REFUSED.ordinal()]));
        }
        return result;
    }

    private static LinkResult result(ResultSet rs, int row) throws SQLException {
        Timestamp checkedAt = rs.getTimestamp("checked_at");
        return new LinkResult(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("found_in"),
                LinkStatus.valueOf(rs.getString("status")), rs.getObject("http_status", Integer.class),
                rs.getString("final_url"), rs.getString("problem"), rs.getInt("attempts"),
                checkedAt == null ? null : checkedAt.toInstant());
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
