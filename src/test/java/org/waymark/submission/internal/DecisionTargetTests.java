package org.waymark.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Three months from submission, counted on UK calendar days. */
class DecisionTargetTests {

    final DecisionTarget target = new DecisionTarget(Period.ofMonths(3), ZoneId.of("Europe/London"));

    @Test
    void aSubmissionIsPastTheTargetOnceThreeCalendarMonthsHavePassed() {
        Instant submitted = Instant.parse("2027-03-14T10:00:00Z");

        assertThat(target.dueBy(submitted)).isEqualTo(Instant.parse("2027-06-14T09:00:00Z")); // 10:00 GMT is 10:00 BST
        assertThat(target.pastTarget(submitted, true, Instant.parse("2027-06-14T08:59:00Z"))).isFalse();
        assertThat(target.pastTarget(submitted, true, Instant.parse("2027-06-14T09:01:00Z"))).isTrue();
        assertThat(target.pastTarget(submitted, false, Instant.parse("2027-09-01T00:00:00Z")))
                .as("a returned or withdrawn submission waits for no decision").isFalse();
    }

    @Test
    void daysSinceSubmissionCountUkCalendarDays() {
        Instant lateOnTheFirst = Instant.parse("2027-07-01T22:30:00Z"); // 23:30 BST on 1 July
        assertThat(target.daysSince(lateOnTheFirst, Instant.parse("2027-07-01T23:30:00Z"))).isEqualTo(1); // 00:30 BST, 2 July
        assertThat(target.daysSince(lateOnTheFirst, Instant.parse("2027-07-01T22:45:00Z"))).isZero();
    }

    @Test
    void theTargetIsConfigurableInDays() {
        DecisionTarget days = new DecisionTarget(Period.ofDays(91), ZoneId.of("Europe/London"));
        assertThat(days.dueBy(Instant.parse("2027-01-01T12:00:00Z"))).isEqualTo(Instant.parse("2027-04-02T11:00:00Z"));
    }
}
