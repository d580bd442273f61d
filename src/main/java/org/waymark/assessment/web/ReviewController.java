package org.waymark.assessment.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.Review;
import org.waymark.submission.Submitting;

/**
 * An assessor's review of one assessment (ALT's 2026 transcript): a grade and a comment per assessed section,
 * complete or not for the others, each core principle graded, a recommended outcome and feedback. One handler serves
 * the page (without JavaScript, Save draft and Submit post the form) and htmx autosave, which, like the section
 * editor's, answers only with the new version and a status, or a conflict panel; never with the assessor's text.
 * A submitted review is shown read-only, and any later post is refused.
 */
@Controller
class ReviewController {

    private final Reviewing reviewing;
    private final AssessmentAccess access;
    private final Submitting submitting;

    ReviewController(Reviewing reviewing, AssessmentAccess access, Submitting submitting) {
        this.reviewing = reviewing;
        this.access = access;
        this.submitting = submitting;
    }

    @GetMapping("/assessor/assessments/{id}/review")
    String show(@PathVariable UUID id, Authentication who, Model model) {
        AssessmentAccess.Allocated allocated = access.assessor(who, id);
        Review review = reviewing.reviewFor(allocated.assessment(), allocated.place());
        ReviewSheet sheet = reviewing.sheet(allocated.assessment());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ReviewForm.of(review, sheet));
        }
        return page(allocated, review, sheet, Map.of(), model);
    }

    @PostMapping("/assessor/assessments/{id}/review")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Authentication who, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        AssessmentAccess.Allocated allocated = access.assessor(who, id);
        Assessment assessment = allocated.assessment();
        ReviewSheet sheet = reviewing.sheet(assessment);
        ReviewForm form = ReviewForm.of(params, sheet);
        String action = params.getFirst("action");
        boolean script = htmx != null;
        if ("take-theirs".equals(action)) {
            flash.addFlashAttribute("notice", "The other version of your review is now in the form.");
            return "redirect:/assessor/assessments/" + id + "/review";
        }
        long expected = "keep-mine".equals(action) ? ReviewForm.version(params.getFirst("theirsVersion")) : form.version();
        boolean submitting = "submit".equals(action);
        Reviewing.Result result = submitting
                ? reviewing.submit(assessment, allocated.place(), expected, form.draft(sheet))
                : reviewing.save(assessment, allocated.place(), expected, form.draft(sheet));
        model.addAttribute("form", form);
        switch (result) {
            case Reviewing.Locked locked -> {
                response.setStatus(409);
                if (script) {
                    response.setStatus(200);
                    response.setHeader("HX-Trigger", "waymark:save-failed");
                    model.addAttribute("problem", "this review has been submitted and can no longer be changed.");
                    return "assessment/review-fragments :: problem";
                }
                model.addAttribute("form", ReviewForm.of(locked.review(), sheet));
                model.addAttribute("problem", "This review was submitted and is locked: nothing was changed.");
                return page(allocated, locked.review(), sheet, Map.of(), model);
            }
            case Reviewing.Conflict conflict -> {
                model.addAttribute("theirs", conflict.review());
                model.addAttribute("theirsForm", ReviewForm.of(conflict.review(), sheet));
                if (script) {
                    response.setHeader("HX-Trigger", "waymark:conflict");
                    model.addAttribute("sheet", sheet);
                    return "assessment/review-fragments :: conflict";
                }
                response.setStatus(409);
                return page(allocated, conflict.review(), sheet, Map.of(), model);
            }
            case Reviewing.TooLong tooLong -> {
                if (script) {
                    response.setHeader("HX-Trigger", "waymark:save-failed");
                    model.addAttribute("problem", tooLong.problems().values().iterator().next() + ". Your text is still in this page.");
                    return "assessment/review-fragments :: problem";
                }
                response.setStatus(422);
                return page(allocated, tooLong.review(), sheet, tooLong.problems(), model);
            }
            case Reviewing.Incomplete incomplete -> {
                response.setStatus(422);
                model.addAttribute("form", form.withVersion(incomplete.review().version()));
                return page(allocated, incomplete.review(), sheet, incomplete.problems(), model);
            }
            case Reviewing.Saved saved -> {
                if (script && !submitting) {
                    model.addAttribute("review", saved.review());
                    return "assessment/review-fragments :: saved";
                }
                if (submitting) {
                    flash.addFlashAttribute("notice", saved.review().submitted()
                            ? "Your review is submitted. Thank you. It can no longer be changed."
                            : "Saved.");
                } else {
                    flash.addFlashAttribute("notice", "Your draft is saved.");
                }
                return "redirect:/assessor/assessments/" + id + "/review";
            }
        }
    }

    private String page(AssessmentAccess.Allocated allocated, Review review, ReviewSheet sheet, Map<String, String> errors,
                        Model model) {
        Assessment assessment = allocated.assessment();
        model.addAttribute("assessment", assessment);
        model.addAttribute("place", allocated.place());
        model.addAttribute("review", review);
        model.addAttribute("sheet", sheet);
        model.addAttribute("errors", errors);
        model.addAttribute("submission", submitting.find(assessment.submissionId()).orElseThrow());
        model.addAttribute("editable", !review.submitted() && assessment.status() == Assessment.Status.IN_REVIEW);
        model.addAttribute("bothIn", assessment.status() != Assessment.Status.IN_REVIEW);
        model.addAttribute("mine", ReviewTable.of(sheet, java.util.List.of(review), java.util.List.of("Your review")));
        return "assessment/review";
    }
}
