package org.waymark.submission;

/**
 * Where a submission stands in this half of the process. SUBMITTED: waiting for the completeness check;
 * ACCEPTED: passed it, waiting for assessment; RETURNED: sent back to the candidate at the completeness check (they
 * fix it and submit again in the same round); WITHDRAWN: taken back by the candidate before it was accepted;
 * DECIDED: assessed, and the outcome released to the candidate (a referral is an outcome too: the candidate may
 * resubmit on the same registration by the date the outcome gives).
 */
public enum SubmissionStatus {
    SUBMITTED, ACCEPTED, RETURNED, WITHDRAWN, DECIDED;

    /** Holds the registration and the snapshot: at most one per registration at a time. */
    public boolean inProgress() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
