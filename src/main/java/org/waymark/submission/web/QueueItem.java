package org.waymark.submission.web;

import java.time.Instant;

import org.waymark.account.People;
import org.waymark.submission.internal.SubmissionQueue;

/** One submission as the administrator's lists show it: who, on which pathway, how long it has waited. */
record QueueItem(SubmissionQueue.Row row, People.Name candidate, String pathwayName, long daysSince, Instant targetDate,
                 boolean pastTarget) {

    public String candidateName() {
        return candidate == null ? "Account removed" : candidate.name();
    }

    public String days() {
        return daysSince == 1 ? "1 day" : daysSince + " days";
    }
}
