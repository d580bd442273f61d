package org.waymark.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.NotPermittedException;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.Place;
import org.waymark.assessment.internal.store.Review;
import org.waymark.submission.Submitting;

/**
 * Reconciliation: once both reviews are in, the two assessors see them side by side with the differences marked, and
 * the lead records the agreed outcome (the form refuses one the rules do not allow, and says why). Before both are in,
 * nobody finds this page: an assessor never sees the other's review while writing their own.
 */
@Controller
class ReconcileController {

    private final Reviewing reviewing;
    private final Outcomes outcomes;
    private final AssessmentAccess access;
    private final Submitting submitting;

    ReconcileController(Reviewing reviewing, Outcomes outcomes, AssessmentAccess access, Submitting submitting) {
        this.reviewing = reviewing;
        this.outcomes = outcomes;
        this.access = access;
        this.submitting = submitting;
    }

    @GetMapping("/assessor/assessments/{id}/reconcile")
    String show(@PathVariable UUID id, Authentication who, Model model) {
        AssessmentAccess.Allocated allocated = bothIn(who, id);
        return page(allocated, allocated.assessment().outcome(), Map.of(), model);
    }

    @PostMapping("/assessor/assessments/{id}/reconcile")
    String record(@PathVariable UUID id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String version, Authentication who, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        AssessmentAccess.Allocated allocated = bothIn(who, id);
        if (allocated.place().role() != Place.Role.LEAD) {
            throw new NotPermittedException(Reviewing.OBJECT_TYPE, id);
        }
        try {
            Assessment decided = outcomes.agree(allocated.assessment(), allocated.assessorId(), ReviewForm.version(version), outcome);
            flash.addFlashAttribute("notice", "The agreed outcome, " + reviewing.sheet(decided).outcomeName(decided.outcome())
                    + ", is recorded. It is held from the candidate until the results are released.");
            return "redirect:/assessor/assessments/" + id + "/reconcile";
        } catch (Outcomes.Refused refused) {
            response.setStatus(422);
            return page(allocated, outcome, Map.of("outcome", refused.getMessage()), model);
        }
    }

    /** An assessor with an accepted place, once both reviews are in; nobody otherwise (404). */
    private AssessmentAccess.Allocated bothIn(Authentication who, UUID id) {
        AssessmentAccess.Allocated allocated = access.assessor(who, id);
        if (allocated.assessment().status() == Assessment.Status.IN_REVIEW) {
            throw new NotPermittedException(Reviewing.OBJECT_TYPE, id);
        }
        return allocated;
    }

    private String page(AssessmentAccess.Allocated allocated, String chosen, Map<String, String> errors, Model model) {
        Assessment assessment = allocated.assessment();
        ReviewSheet sheet = reviewing.sheet(assessment);
        List<Review> reviews = reviewing.currentReviews(assessment);
        model.addAttribute("assessment", assessment);
        model.addAttribute("place", allocated.place());
        model.addAttribute("sheet", sheet);
        model.addAttribute("submission", submitting.find(assessment.submissionId()).orElseThrow());
        model.addAttribute("table", ReviewTable.of(sheet, reviews, reviews.stream().map(r -> r.role().label()).toList()));
        model.addAttribute("outcomes", reviewing.rules().outcomesOffered(assessment.type()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("mayRecord", allocated.place().role() == Place.Role.LEAD
                && assessment.status() == Assessment.Status.RECONCILING);
        return "assessment/reconcile";
    }
}
