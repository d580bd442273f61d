package org.waymark.award;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The award module's face to the rest of Waymark: issuing an award for a pass and finding awards. Implemented in
 * {@code internal.AwardService}. Permission checks are the caller's.
 */
public interface Awards {

    String OBJECT_TYPE = "award";

    /**
     * Issues an award for a pass of this submission: the next certificate number of the year, an unguessable
     * verification token, the holder's name as it is now. Issuing again for the same submission returns the award
     * already issued. The holder's assessor eligibility follows from the award (the assessment module is told).
     *
     * @param by the administrator who released the result, or null when a scheduled release did
     */
    Award issue(UUID holderId, String pathwayKey, UUID submissionId, String outcomeKey, UUID by);

    /**
     * Records an award made before Waymark (a holder certified earlier, whose record comes across): numbered in the year
     * of {@code awardedOn}, with the membership fee and the portfolio review due from that date, so the holder may have
     * lapsed already.
     */
    Award recordEarlier(UUID holderId, String pathwayKey, java.time.LocalDate awardedOn, UUID by);

    /**
     * Submits the holder's portfolio for the portfolio review of their award on its pathway, into a round: only while
     * they hold that award and it is not revoked (valid or lapsed), and with the same checks as any submission (a paid
     * registration for the pathway, an open round, a complete portfolio). A refusal throws
     * {@link IllegalStateException} with the reason in the holder's words. Returns the submission's id.
     */
    UUID submitPortfolioReview(UUID holderId, UUID portfolioId, UUID roundId);

    /**
     * Records a year's certified-membership fee, from the version the administrator saw: paid until moves one year on
     * and the holder is emailed a receipt. Refused (an exception) if the award changed meanwhile or is revoked.
     */
    Award recordPayment(UUID administratorId, UUID awardId, long version);

    Optional<Award> find(UUID awardId);

    /** By the token of its verification address. */
    Optional<Award> byToken(String token);

    /** By its certificate number, written in any case and with spaces around it. */
    Optional<Award> byNumber(String certificateNumber);

    List<Award> heldBy(UUID holderId);

    /**
     * The holder's choice of how this award is listed on the portfolio register (replacing any earlier choice).
     *
     * @throws IllegalArgumentException if the award is not the holder's, or is revoked
     */
    void chooseListing(UUID holderId, UUID awardId, Listing listing);
}
