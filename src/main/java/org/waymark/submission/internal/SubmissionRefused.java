package org.waymark.submission.internal;

import java.util.List;

/**
 * Why a submission (or a withdrawal) was not made, in words for the candidate. {@code missing} lists, for an
 * incomplete portfolio, every item its checklist still asks for.
 */
public class SubmissionRefused extends RuntimeException {

    public enum Reason { NOT_REGISTERED, ROUND_NOT_OPEN, INCOMPLETE, ALREADY_IN_PROGRESS, NOT_WITHDRAWABLE }

    private final Reason reason;
    private final List<String> missing;

    public SubmissionRefused(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public SubmissionRefused(Reason reason, String message, List<String> missing) {
        super(message);
        this.reason = reason;
        this.missing = List.copyOf(missing);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> missing() {
        return missing;
    }
}
