package org.waymark.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An administrator has recorded a year's certified-membership fee: membership is paid until {@code paidUntil}. */
public record MembershipPaid(UUID awardId, String certificateNumber, UUID holderId, LocalDate paidFrom,
                             LocalDate paidUntil, UUID recordedBy, Instant recordedAt) {
}
