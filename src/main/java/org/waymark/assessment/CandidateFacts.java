package org.waymark.assessment;

import org.waymark.account.PersonSummary;
import org.waymark.submission.SubmissionSummary;

/**
 * What conflicts of interest are checked against: the candidate's name and email (from their account), their
 * institution (the account profile's institution field: Waymark has no institution records yet) and the line
 * manager they named when submitting (either may be null).
 */
public record CandidateFacts(String name, String email, String institution, String lineManagerName,
                             String lineManagerEmail) {

    /** The facts of a submission's candidate, from their account and the submission. */
    public static CandidateFacts of(PersonSummary candidate, SubmissionSummary submission) {
        return new CandidateFacts(candidate.name(), candidate.email(), candidate.institution(), submission.lineManagerName(),
                submission.lineManagerEmail());
    }
}
