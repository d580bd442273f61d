package org.waymark.submission;

import java.time.Instant;
import java.util.UUID;

/** A candidate has taken back a submission before it was accepted; published in the withdrawing transaction. */
public record SubmissionWithdrawn(UUID submissionId, String reference, UUID roundId, UUID candidateId, Instant withdrawnAt,
                                  String reason) {
}
