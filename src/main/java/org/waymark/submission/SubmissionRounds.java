package org.waymark.submission;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * Setting up rounds from outside the administrators' pages (demo data; later, imports). Dates and times are UK local
 * ones, as administrators enter them; the same checks apply, and a refused round throws with the problems.
 */
public interface SubmissionRounds {

    /** A fixed-deadline round open from {@code opensOn} (midnight) until its deadline, with a release date for results. */
    UUID createFixed(UUID actorId, String name, LocalDate opensOn, LocalDate closesOn, LocalTime closesAt,
                     LocalDate assessmentStartsOn, LocalDate assessmentEndsOn, LocalDate resultsOn);

    /** A rolling round open from {@code opensOn}, each submission due a decision {@code decisionWeeks} later. */
    UUID createRolling(UUID actorId, String name, LocalDate opensOn, int decisionWeeks);

    /** Accepts a submission at the completeness check, as administrator {@code actorId} would on the queue's page. */
    void acceptForAssessment(UUID actorId, UUID submissionId);
}
