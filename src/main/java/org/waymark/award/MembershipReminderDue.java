package org.waymark.award;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A holder is to be reminded, once, about their certified membership: the annual fee falls due soon or is overdue
 * (membership has lapsed), or the three-yearly portfolio review is due soon or now. {@code dueOn} is the date the
 * reminder is about.
 */
public record MembershipReminderDue(UUID awardId, String certificateNumber, UUID holderId, Kind kind, LocalDate dueOn) {

    public enum Kind {
        FEE_DUE_SOON, FEE_OVERDUE, REVIEW_DUE_SOON, REVIEW_DUE
    }
}
