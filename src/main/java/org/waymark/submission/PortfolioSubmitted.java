package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/** A candidate has submitted a portfolio (Waymark or external) into a round; published in the submitting transaction. */
public record PortfolioSubmitted(UUID submissionId, String reference, UUID roundId, UUID candidateId, String pathwayKey,
                                 SubmissionType submissionType, SubmissionForm form, Instant submittedAt) {
}
