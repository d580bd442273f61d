package org.waymark.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An award as the rest of Waymark and the verification page see it. {@code membershipPaidUntil}: the annual
 * certified-membership fee was first due a year after the award; until an administrator records a payment it is
 * that date, and each payment moves it a year on. {@code portfolioReviewDueOn}: the portfolio review every three
 * years, first three years after the award; a confirming review moves it three years on. {@link #standing(LocalDate)} says whether the award is valid, lapsed or revoked on a day.
 */
public record Award(UUID id, String certificateNumber, String verificationToken, UUID holderId, String holderName,
                    String pathwayKey, UUID submissionId, String outcomeKey, LocalDate awardedOn, Instant awardedAt,
                    boolean revoked, Instant revokedAt, String revokeReason, int certificateIssue,
                    Instant certificateIssuedAt, LocalDate membershipPaidUntil, LocalDate portfolioReviewDueOn,
                    long version) {

    /** What the verification page says about an award. */
    public enum Standing {
        VALID("Valid"), LAPSED("Lapsed: certified membership not renewed"), REVOKED("Revoked");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Revoked whatever the date; otherwise lapsed once the day is past the date membership was paid until. */
    public Standing standing(LocalDate on) {
        if (revoked) {
            return Standing.REVOKED;
        }
        return on.isAfter(membershipPaidUntil) ? Standing.LAPSED : Standing.VALID;
    }
}
