package org.waymark.submission.internal;

import org.waymark.submission.SubmissionStatus;

/** Accepting or returning a submission that is no longer waiting for the completeness check. */
public class NotWaitingForCheckException extends RuntimeException {

    private final SubmissionStatus status;

    NotWaitingForCheckException(String reference, SubmissionStatus status) {
        super("Submission " + reference + " is " + status.name().toLowerCase() + ", not waiting for the completeness check");
        this.status = status;
    }

    public SubmissionStatus status() {
        return status;
    }
}
