package org.waymark.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessor is to be reminded about a place, once for each kind: an offer not answered, a review due in a week,
 * a review overdue. Recorded on the place before it is published, so two nodes send one email.
 */
public record AssessorReminderDue(UUID placeId, UUID assessmentId, UUID assessorId, String reference, String role,
                                  Kind kind, Instant dueAt) {

    public enum Kind {
        ANSWER, DUE_SOON, OVERDUE
    }
}
