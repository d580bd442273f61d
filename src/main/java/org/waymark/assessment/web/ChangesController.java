package org.waymark.assessment.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.Resubmission;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * For the assessors of a resubmission: the candidate's summary of what changed and, section by section, what changed
 * since the referred snapshot. Whoever may view the submission (its assessors through their grant, administrators,
 * the candidate who owns it)
 * sees it; anyone else gets 404.
 */
@Controller
class ChangesController {

    private final AssessmentStore assessments;
    private final Submitting submitting;
    private final Portfolios portfolios;
    private final Permissions permissions;

    ChangesController(AssessmentStore assessments, Submitting submitting, Portfolios portfolios, Permissions permissions) {
        this.assessments = assessments;
        this.submitting = submitting;
        this.portfolios = portfolios;
        this.permissions = permissions;
    }

    @GetMapping("/assessor/assessments/{assessmentId}/changes")
    String changes(@PathVariable UUID assessmentId, Authentication who, Model model) {
        Assessment assessment = assessments.find(assessmentId)
                .orElseThrow(() -> new NotPermittedException("assessment", assessmentId));
        permissions.check(who, Action.VIEW, Submitting.OBJECT_TYPE, assessment.submissionId());
        SubmissionSummary submission = submitting.find(assessment.submissionId())
                .orElseThrow(() -> new NotPermittedException(Submitting.OBJECT_TYPE, assessment.submissionId()));
        Resubmission resubmission = submitting.resubmissionOf(submission.id()).orElse(null);
        SubmissionSummary referred = resubmission == null ? null
                : submitting.find(resubmission.followsSubmissionId()).orElse(null);
        model.addAttribute("assessment", assessment);
        model.addAttribute("submission", submission);
        model.addAttribute("resubmission", resubmission);
        model.addAttribute("referredOutcome", referred == null ? null : submitting.outcome(referred.id()).orElse(null));
        model.addAttribute("changes", referred == null || referred.snapshotId() == null || submission.snapshotId() == null ? null
                : portfolios.changes(referred.snapshotId(), submission.snapshotId()).orElse(null));
        return "assessor/changes";
    }
}
