package org.waymark.submission.internal;

import java.util.List;

import org.waymark.portfolio.MissingItem;

/**
 * Why a submission (or a withdrawal) was not made, in words for the candidate. {@code missing} lists, for an
 * incomplete portfolio, every item its checklist still asks for, each with the page where it is put right.
 */
public class SubmissionRefused extends RuntimeException {

    public enum Reason { NOT_REGISTERED, ROUND_NOT_OPEN, INCOMPLETE, ALREADY_IN_PROGRESS, NOT_WITHDRAWABLE,
        NOT_REFERRED, RESUBMISSION_CLOSED, ALREADY_RESUBMITTED, NO_CHANGE_SUMMARY }

    private final Reason reason;
    private final List<MissingItem> missing;

    public SubmissionRefused(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public SubmissionRefused(Reason reason, String message, List<MissingItem> missing) {
        super(message);
        this.reason = reason;
        this.missing = List.copyOf(missing);
    }

    public Reason reason() {
        return reason;
    }

    /** What is still missing, in the words of the portfolio's checklist. */
    public List<String> missing() {
        return missing.stream().map(MissingItem::text).toList();
    }

    /** What is still missing, each with its section (if any) and the page that puts it right. */
    public List<MissingItem> missingItems() {
        return missing;
    }
}
