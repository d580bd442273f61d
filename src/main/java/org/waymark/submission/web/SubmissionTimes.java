package org.waymark.submission.web;

import java.time.Instant;

import org.waymark.submission.internal.SubmissionService;

/** Times on the submission pages, in UK time with the zone named ("31 May 2027, 12:00 BST"). */
record SubmissionTimes(SubmissionService service) {

    public String status(org.waymark.submission.SubmissionStatus status) {
        return SubmissionPages.statusLabel(status);
    }

    public String uk(Instant instant) {
        return service.ukTime(instant);
    }
}
