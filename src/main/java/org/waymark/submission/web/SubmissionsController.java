package org.waymark.submission.web;

import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.waymark.portfolio.SnapshotFile;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.SubmissionRefused;
import org.waymark.submission.internal.SubmissionService;

/** A candidate's submissions: the list, one submission with its snapshot as submitted, and withdrawing it. */
@Controller
class SubmissionsController {

    static final int REASON_MAX = 2000;

    private final SubmissionService service;
    private final Portfolios portfolios;
    private final Permissions permissions;
    private final java.time.Clock clock;

    SubmissionsController(SubmissionService service, Portfolios portfolios, Permissions permissions, java.time.Clock clock) {
        this.service = service;
        this.portfolios = portfolios;
        this.permissions = permissions;
        this.clock = clock;
    }

    @GetMapping("/submissions")
    String list(Authentication who, Model model) {
        model.addAttribute("submissions", service.submittedBy(SubmitController.person(who)));
        model.addAttribute("ukTimes", new SubmissionTimes(service));
        return "submission/list";
    }

    @GetMapping("/submissions/{id}")
    String show(@PathVariable UUID id, Authentication who, Model model) {
        SubmissionSummary submission = submission(who, Action.VIEW, id);
        model.addAttribute("submission", submission);
        model.addAttribute("pathwayName", service.pathwayName(submission.pathwayKey()));
        model.addAttribute("snapshot", submission.snapshotId() == null ? null
                : portfolios.snapshotView(submission.snapshotId()).orElse(null));
        boolean owner = permissions.may(who, Action.SUBMIT, Submitting.OBJECT_TYPE, id);
        model.addAttribute("mayWithdraw", submission.status() == SubmissionStatus.SUBMITTED && owner);
        // A referral: its date, the resubmission made after it, or the way to make one.
        model.addAttribute("outcome", service.outcome(id).orElse(null));
        model.addAttribute("owner", owner);
        model.addAttribute("resubmittedAs", service.resubmissionAfter(id).orElse(null));
        model.addAttribute("mayResubmit", owner && service.whyNoResubmission(SubmitController.person(who), id, clock.instant()).isEmpty());
        // A resubmission: the submission it follows and the candidate's summary of what changed.
        var resubmission = service.resubmissionOf(id).orElse(null);
        model.addAttribute("resubmission", resubmission);
        model.addAttribute("follows", resubmission == null ? null : service.find(resubmission.followsSubmissionId()).orElse(null));
        model.addAttribute("ukTimes", new SubmissionTimes(service));
        return "submission/show";
    }

    @GetMapping("/submissions/{id}/withdraw")
    String confirmWithdraw(@PathVariable UUID id, Authentication who, Model model) {
        SubmissionSummary submission = submission(who, Action.SUBMIT, id);
        model.addAttribute("submission", submission);
        model.addAttribute("ukTimes", new SubmissionTimes(service));
        return "submission/withdraw";
    }

    @PostMapping("/submissions/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication who, Model model,
                    RedirectAttributes flash) {
        SubmissionSummary submission = submission(who, Action.SUBMIT, id);
        if (reason != null && reason.length() > REASON_MAX) {
            model.addAttribute("submission", submission);
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", "Keep your reason under " + REASON_MAX + " characters");
            model.addAttribute("ukTimes", new SubmissionTimes(service));
            return "submission/withdraw";
        }
        try {
            service.withdraw(SubmitController.person(who), id, reason);
            flash.addFlashAttribute("notice", "Your submission " + submission.reference()
                    + " has been withdrawn. We have emailed you a confirmation.");
        } catch (SubmissionRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/submissions/" + id;
    }

    /**
     * An evidence file as the snapshot froze it, to whoever may see the submission. Always an attachment with its
     * checked type, never shown inline: the browser must not run or sniff it.
     */
    @GetMapping("/submissions/{id}/evidence/{evidenceId}")
    ResponseEntity<InputStreamResource> evidence(@PathVariable UUID id, @PathVariable UUID evidenceId, Authentication who) {
        SubmissionSummary submission = submission(who, Action.VIEW, id);
        SnapshotFile file = submission.snapshotId() == null ? null
                : portfolios.snapshotFile(submission.snapshotId(), evidenceId).orElse(null);
        if (file == null) {
            throw new NotPermittedException("evidence", evidenceId);
        }
        return SnapshotFiles.download(file, id, evidenceId);
    }

    private SubmissionSummary submission(Authentication who, Action action, UUID id) {
        permissions.check(who, action, Submitting.OBJECT_TYPE, id);
        return service.find(id).orElseThrow(() -> new NotPermittedException(Submitting.OBJECT_TYPE, id));
    }
}
