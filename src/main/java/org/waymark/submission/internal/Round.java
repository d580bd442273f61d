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
}
