package org.waymark.award;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certified member's portfolio review has confirmed their award (its result was released): the next review is due
 * on {@code nextReviewDueOn}, three years after the one just passed.
 */
public record AwardConfirmed(UUID awardId, String certificateNumber, UUID holderId, UUID submissionId,
                             LocalDate nextReviewDueOn) {
}
