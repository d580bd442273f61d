package org.waymark.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Rounds;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.Submissions;

/**
 * Rounds and submissions made straight through the repositories, as the candidate's submit service would leave
 * them: the completeness check's tests start from a submission waiting for it.
 */
public record QueueFixtures(Rounds rounds, Submissions submissions, JdbcClient jdbc) {

    public Round round(String name, Instant opening) {
        Instant opensAt = opening.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return rounds.save(new Round(UUID.randomUUID(), name, RoundKind.FIXED, opensAt, opensAt.plus(Duration.ofDays(60)), null, null,
                null, null, false, null, null, opensAt, opensAt, null));
    }

    public Submission submitted(Round round, UUID candidateId, String pathway, Instant at) {
        return submitted(round, candidateId, UUID.randomUUID(), pathway, SubmissionType.FIRST, at);
    }

    public Submission submitted(Round round, UUID candidateId, UUID registrationId, String pathway, SubmissionType type,
                                Instant when) {
        Instant at = when.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the database keeps it
        String reference = "S-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return submissions.save(new Submission(UUID.randomUUID(), reference, round.id(), candidateId, registrationId, pathway, type,
                SubmissionForm.WAYMARK, UUID.randomUUID(), null, null, null, null, null, null, null, "Lena Manager",
                "lena.manager@example.org", SubmissionStatus.SUBMITTED, registrationId, at, round.decisionDueFor(at), null,
                at, candidateId, null, null));
    }

    public Submission withStatus(Submission submission, SubmissionStatus status) {
        return submissions.save(submission.moveTo(status, submission.candidateId(), submission.submittedAt(), null));
    }

    /** A link the background checker has looked at (status BROKEN or OK), or not yet (checkedAt null). */
    public void link(UUID submissionId, String url, String status, Integer httpStatus, Instant checkedAt) {
        jdbc.sql("""
                        INSERT INTO submission_link (id, submission_id, url, found_in, status, http_status, attempts, checked_at)
                        VALUES (?, ?, ?, ?, ?, ?, 1, ?)""")
                .params(UUID.randomUUID(), submissionId, url, "2a Evidence", status, httpStatus,
                        checkedAt == null ? null : java.sql.Timestamp.from(checkedAt))
                .update();
    }
}
