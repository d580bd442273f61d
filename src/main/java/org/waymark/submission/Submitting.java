package org.waymark.submission;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The submission module's face to the rest of Waymark: what has been submitted, by whom. Submitting and
 * withdrawing are the candidate's own pages' business (in {@code internal.SubmissionService}). Permission checks
 * are the caller's.
 */
public interface Submitting {

    String OBJECT_TYPE = "submission";

    Optional<SubmissionSummary> find(UUID submissionId);

    /** A candidate's submissions, newest first. */
    List<SubmissionSummary> submittedBy(UUID candidateId);

    /** A round's submissions accepted for assessment, in the order they arrived: what allocation works on. */
    List<SubmissionSummary> acceptedIn(UUID roundId);

    /**
     * Submits a Waymark portfolio as a first submission, judged at {@code arrivedAt}, with the same checks as the
     * candidate's page; a refusal throws with the reason. Returns the submission's id.
     */
    UUID submit(UUID candidateId, UUID portfolioId, UUID roundId, java.time.Instant arrivedAt);

    /**
     * Submits a Waymark portfolio for a certified member's portfolio review, with the same checks and the same frozen
     * snapshot as a first submission (a paid registration for the pathway, a round open to them, a complete portfolio,
     * nothing else in progress on the registration). The caller (the award module) has checked that the candidate
     * holds an award for the pathway that stands. A refusal throws {@link IllegalStateException} with the reason in
     * the candidate's words. Returns the submission's id.
     */
    UUID submitPortfolioReview(UUID holderId, UUID portfolioId, UUID roundId, java.time.Instant arrivedAt);

    /** The rounds that would take this candidate's submission now, the nearest deadline first. */
    List<RoundSummary> roundsOpenTo(UUID candidateId, java.time.Instant at);

    /** A round, for the modules that work on its submissions. */
    Optional<RoundSummary> roundSummary(UUID roundId);

    /**
     * Records the outcome of an accepted submission's assessment when it is released to the candidate: the submission
     * becomes {@link SubmissionStatus#DECIDED} (its message the outcome's name) and no longer holds its snapshot.
     * {@code resubmitBy} is set for a referral. Refused (IllegalStateException) unless the submission is accepted
     * and has no outcome yet. The caller checks permissions and sends the emails.
     */
    void recordOutcome(UUID submissionId, String outcomeKey, String outcomeName, java.time.Instant resubmitBy, UUID releasedBy);

    /**
     * Replaces the released outcome of a DECIDED submission with the outcome of its reassessment after an appeal,
     * released now; the replaced outcome is kept in the audit trail (and the assessment module keeps the appealed
     * assessment). Refused (IllegalStateException) unless the submission is decided with an outcome.
     */
    void replaceOutcome(UUID submissionId, String outcomeKey, String outcomeName, java.time.Instant resubmitBy, UUID releasedBy);

    /** The released outcome of a submission, if any. */
    Optional<SubmissionOutcome> outcome(UUID submissionId);

    /**
     * Whether this submission is a resubmission after a referral: the submission it follows (for the previous outcome
     * and its assessors, and the snapshot to compare with) and the candidate's summary of what changed.
     */
    Optional<Resubmission> resubmissionOf(UUID submissionId);
}
