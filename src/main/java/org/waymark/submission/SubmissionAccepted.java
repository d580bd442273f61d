package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * An administrator has found a submission complete and accepted it for assessment; published in the deciding
 * transaction. The assessment module starts from here.
 */
public record SubmissionAccepted(UUID submissionId, String reference, UUID roundId, UUID candidateId, String pathwayKey,
                                 SubmissionType submissionType, SubmissionForm form, UUID acceptedBy, Instant acceptedAt,
                                 Instant decisionDueAt) {
}
