package org.waymark.submission.web;

import java.util.EnumMap;
import java.util.Map;

import org.waymark.submission.SubmissionStatus;

/** How the administrator's pages name a submission's status. */
final class Statuses {

    /** For templates: {@code ${statusLabels[row.status]}}. */
    static final Map<SubmissionStatus, String> LABELS = new EnumMap<>(SubmissionStatus.class);

    static {
        for (SubmissionStatus status : SubmissionStatus.values()) {
            LABELS.put(status, label(status));
        }
    }

    private Statuses() {
    }

    static String label(SubmissionStatus status) {
        return switch (status) {
            case SUBMITTED -> "Waiting for the check";
            case ACCEPTED -> "Accepted for assessment";
            case RETURNED -> "Returned to the candidate";
            case WITHDRAWN -> "Withdrawn";
            case DECIDED -> "Outcome released";
        };
    }
}
