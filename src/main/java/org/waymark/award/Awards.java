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
