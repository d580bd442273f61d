package org.waymark.submission.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.waymark.submission.RoundKind;

/**
 * A submission round. Fixed: open from {@code opensAt} until {@code closesAt} (the deadline, judged on the server
 * to the second when a request arrives). Rolling: open from {@code opensAt} until an administrator closes it, each
 * submission due a decision {@code decisionWeeks} after it arrives. All instants are UTC.
 */
@Table("submission_round")
public record Round(@Id UUID id, String name, RoundKind kind, Instant opensAt, Instant closesAt, Instant assessmentStartsAt,
                    Instant assessmentEndsAt, Instant resultsReleasedAt, Integer decisionWeeks, boolean blind,
                    Instant closedAt, UUID closedBy, Instant createdAt, Instant updatedAt, @Version Long version) {

    /** Open for submissions at this instant (for a fixed round, before its deadline; extensions are asked separately). */
    public boolean openAt(Instant at) {
        if (closedAt != null && !at.isBefore(closedAt)) {
            return false;
        }
        if (at.isBefore(opensAt)) {
            return false;
        }
        return kind == RoundKind.ROLLING || at.isBefore(closesAt);
    }

    /** When a submission arriving at this instant is due a decision. */
    public Instant decisionDueFor(Instant submittedAt) {
        if (kind == RoundKind.ROLLING) {
            return submittedAt.plus(Duration.ofDays(7L * decisionWeeks));
        }
        return resultsReleasedAt != null ? resultsReleasedAt : closesAt.plus(Duration.ofDays(91));
    }

    public boolean fixed() {
        return kind == RoundKind.FIXED;
    }

    /** Closed by an administrator (a fixed round's deadline passing does not close it: extensions may still run). */
    public boolean closed() {
        return closedAt != null;
    }

    /** Where the round stands at this instant, for lists: not open yet, open, or past (deadline gone, or closed). */
    public Stage stageAt(Instant at) {
        if (closed() && !at.isBefore(closedAt)) {
            return Stage.CLOSED;
        }
        if (at.isBefore(opensAt)) {
            return Stage.UPCOMING;
        }
        return kind == RoundKind.ROLLING || at.isBefore(closesAt) ? Stage.OPEN : Stage.CLOSED;
    }

    public enum Stage { UPCOMING, OPEN, CLOSED }

    /** The same round with new details (name, times, weeks); identity, kind and history kept. */
    public Round withDetails(String newName, Instant newOpensAt, Instant newClosesAt, Instant newAssessmentStartsAt,
                             Instant newAssessmentEndsAt, Instant newResultsReleasedAt, Integer newDecisionWeeks,
                             boolean newBlind, Instant at) {
        return new Round(id, newName, kind, newOpensAt, newClosesAt, newAssessmentStartsAt, newAssessmentEndsAt,
                newResultsReleasedAt, newDecisionWeeks, newBlind, closedAt, closedBy, createdAt, at, version);
    }

    public Round closedBy(UUID by, Instant at) {
        return new Round(id, name, kind, opensAt, closesAt, assessmentStartsAt, assessmentEndsAt, resultsReleasedAt,
                decisionWeeks, blind, at, by, createdAt, at, version);
    }
}
