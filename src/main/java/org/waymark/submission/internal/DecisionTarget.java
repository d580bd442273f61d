package org.waymark.submission.internal;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The accrediting body's aim: a decision within {@code waymark.submissions.decision-target} (three months, P3M) of a
 * submission arriving. Counted in calendar days in the UK, so a submission made late in the evening counts from
 * that day, as the candidate would count it.
 */
@Component
public class DecisionTarget {

    private final Period target;
    private final ZoneId zone;

    DecisionTarget(@Value("${waymark.submissions.decision-target:P3M}") Period target, ZoneId displayZone) {
        this.target = target;
        this.zone = displayZone;
    }

    public Period target() {
        return target;
    }

    /** The day by which a decision is aimed for. */
    public Instant dueBy(Instant submittedAt) {
        return submittedAt.atZone(zone).plus(target).toInstant();
    }

    /** Past the target and still waiting for a decision (withdrawn and returned submissions wait for nothing). */
    public boolean pastTarget(Instant submittedAt, boolean waiting, Instant now) {
        return waiting && now.isAfter(dueBy(submittedAt));
    }

    /** Whole calendar days since the submission, in UK dates. */
    public long daysSince(Instant submittedAt, Instant now) {
        return ChronoUnit.DAYS.between(submittedAt.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
    }
}
