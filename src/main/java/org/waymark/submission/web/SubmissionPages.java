package org.waymark.submission.web;

import org.waymark.submission.SubmissionStatus;

/** Words the submission pages share. */
final class SubmissionPages {

    private SubmissionPages() {
    }

    /** What a candidate reads for each status. */
    static String statusLabel(SubmissionStatus status) {
        return switch (status) {
            case SUBMITTED -> "Submitted: waiting for the completeness check";
            case ACCEPTED -> "Accepted for assessment";
            case RETURNED -> "Returned to you";
            case WITHDRAWN -> "Withdrawn";
            case DECIDED -> "Assessed: your outcome has been released";
        };
    }
}
