package org.waymark.submission.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.SubmissionType;

/**
 * One submission into a round. A Waymark portfolio is frozen into {@code snapshotId}; an external one is a link
 * ({@code externalUrl}, with any {@code externalAccess} details only administrators and assessors see) or one stored
 * file, with a section map. {@code inProgressRegistration} is the registration id while the submission is in
 * progress, null otherwise (its unique index allows one per registration).
 */
public record Submission(@Id UUID id, String reference, UUID roundId, UUID candidateId, UUID registrationId, String pathway,
                         SubmissionType submissionType, SubmissionForm form, UUID portfolioId, UUID snapshotId,
                         String externalUrl, String externalAccess, String externalFileKey, String externalFileName,
                         String externalContentType, Long externalSizeBytes, String lineManagerName,
                         String lineManagerEmail, SubmissionStatus status, UUID inProgressRegistration,
                         Instant submittedAt, Instant decisionDueAt, UUID extensionId, Instant statusChangedAt,
                         UUID statusChangedBy, String statusMessage, @Version Long version) {

    /** The same submission in a new status, with who moved it, when and why. */
    public Submission moveTo(SubmissionStatus next, UUID by, Instant at, String message) {
        return new Submission(id, reference, roundId, candidateId, registrationId, pathway, submissionType, form, portfolioId,
                snapshotId, externalUrl, externalAccess, externalFileKey, externalFileName, externalContentType,
                externalSizeBytes, lineManagerName, lineManagerEmail, next, next.inProgress() ? registrationId : null,
                submittedAt, decisionDueAt, extensionId, at, by, message, version);
    }
}
