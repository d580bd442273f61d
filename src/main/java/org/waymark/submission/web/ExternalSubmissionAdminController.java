package org.waymark.submission.web;

import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.internal.ExternalSubmissions;
import org.waymark.submission.internal.Submission;

/**
 * Administrators download an external portfolio's file (the submission's page, SubmissionCheckController's, shows
 * the link, access details and section map). Under /admin/submissions, so the URL rule already asks for
 * RUN_SUBMISSIONS; asked again here.
 */
@Controller
class ExternalSubmissionAdminController {

    private final ExternalSubmissions external;
    private final Permissions permissions;

    ExternalSubmissionAdminController(ExternalSubmissions external, Permissions permissions) {
        this.external = external;
        this.permissions = permissions;
    }

    @GetMapping("/admin/submissions/{submissionId}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID submissionId, Authentication who) {
        return ExternalSubmissionController.download(submission(who, submissionId), external);
    }

    private Submission submission(Authentication who, UUID submissionId) {
        permissions.check(who, Action.RUN_SUBMISSIONS);
        return external.find(submissionId).filter(s -> s.form() == SubmissionForm.EXTERNAL)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
