package org.waymark.assessment.web;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

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
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.internal.appeal.Appeals;
import org.waymark.platform.UkTime;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * A candidate's appeal against the released outcome of their own submission (SUBMIT on it: the owner only; 404 for
 * anyone else): the page says until when they may appeal, takes the reason, and then shows the appeal and its
 * decision.
 */
@Controller
class AppealController {

    private final Appeals appeals;
    private final Submitting submitting;
    private final Permissions permissions;
    private final UkTime ukTime;
    private final Clock clock;

    AppealController(Appeals appeals, Submitting submitting, Permissions permissions, UkTime ukTime, Clock clock) {
        this.appeals = appeals;
        this.submitting = submitting;
        this.permissions = permissions;
        this.ukTime = ukTime;
        this.clock = clock;
    }

    @GetMapping("/submissions/{submissionId}/appeal")
    String page(@PathVariable UUID submissionId, Authentication who, Model model) {
        return page(submissionId, who, model, "", Map.of());
    }

    @PostMapping("/submissions/{submissionId}/appeal")
    String appeal(@PathVariable UUID submissionId, @RequestParam(required = false) String reason, Authentication who,
                  Model model, RedirectAttributes redirect) {
        permissions.check(who, Action.SUBMIT, Submitting.OBJECT_TYPE, submissionId);
        try {
            appeals.appeal(AssessorAdminController.personId(who), submissionId, reason);
        } catch (Refused refused) {
            return page(submissionId, who, model, reason, refused.problems());
        }
        redirect.addFlashAttribute("notice", "Your appeal has been received. We have emailed you a confirmation, and"
                + " will email you the decision.");
        return "redirect:/submissions/" + submissionId + "/appeal";
    }

    private String page(UUID submissionId, Authentication who, Model model, String reason, Map<String, String> problems) {
        permissions.check(who, Action.SUBMIT, Submitting.OBJECT_TYPE, submissionId);
        UUID candidate = AssessorAdminController.personId(who);
        SubmissionSummary submission = submitting.find(submissionId)
                .orElseThrow(() -> new NotPermittedException(Submitting.OBJECT_TYPE, submissionId));
        var released = appeals.released(candidate, submissionId);
        model.addAttribute("submission", submission);
        model.addAttribute("outcome", submitting.outcome(submissionId).orElse(null));
        model.addAttribute("appealBy", released.map(a -> ukTime.format(appeals.appealBy(a))).orElse(null));
        model.addAttribute("appeal", appeals.ofSubmission(submissionId).orElse(null));
        model.addAttribute("refusal", appeals.whyNoAppeal(candidate, submissionId, clock.instant()).orElse(null));
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        model.addAttribute("reasonMax", Appeals.REASON_MAX);
        model.addAttribute("ukTime", ukTime);
        return "appeal/appeal";
    }
}
