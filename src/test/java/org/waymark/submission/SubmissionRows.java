package org.waymark.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.waymark.submission.internal.Submission;

/** A submission in progress, as the submitting flow would save it, for tests of what depends on one existing. */
final class SubmissionRows {

    private SubmissionRows() {
    }

    static Submission inProgress(UUID roundId, UUID candidateId, UUID registrationId, Instant at) {
        return new Submission(UUID.randomUUID(), "S-" + UUID.randomUUID().toString().substring(0, 8), roundId, candidateId,
                registrationId, "cmalt", SubmissionType.FIRST, SubmissionForm.EXTERNAL, null, null, "https://example.org/p",
                null, null, null, null, null, null, null, SubmissionStatus.SUBMITTED, registrationId, at,
                at.plus(Duration.ofDays(56)), null, at, candidateId, null, null);
    }
}
