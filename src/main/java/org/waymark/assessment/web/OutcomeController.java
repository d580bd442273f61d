package org.waymark.assessment.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Review;
import org.waymark.submission.Submitting;

/**
 * The candidate's outcome page: once the results are released, the outcome, both assessors' grades and comments per
 * section and core principle, their feedback, and for a referral the date to resubmit by. Only the candidate who owns
 * the submission finds it, and only after release (404 before: held feedback does not exist for them).
 */
@Controller
class OutcomeController {

    private final AssessmentStore assessments;
    private final Reviewing reviewing;
    private final Submitting submitting;
    private final Permissions permissions;

    OutcomeController(AssessmentStore assessments, Reviewing reviewing, Submitting submitting, Permissions permissions) {
        this.assessments = assessments;
        this.reviewing = reviewing;
        this.submitting = submitting;
        this.permissions = permissions;
    }

    @GetMapping("/submissions/{submissionId}/outcome")
    String show(@PathVariable UUID submissionId, Authentication who, Model model) {
        UUID me = AssessmentAccess.personId(who);
        if (me == null || !permissions.relations(me, Submitting.OBJECT_TYPE, submissionId).contains(Relation.OWNER)) {
            throw new NotPermittedException(Submitting.OBJECT_TYPE, submissionId);
        }
        // The latest released: while a reassessment after an appeal is under way, the appealed one.
        Assessment assessment = assessments.releasedOf(submissionId)
                .orElseThrow(() -> new NotPermittedException(Submitting.OBJECT_TYPE, submissionId));
        ReviewSheet sheet = reviewing.sheet(assessment);
        List<Review> reviews = reviewing.currentReviews(assessment).stream().filter(Review::submitted).toList();
        model.addAttribute("assessment", assessment);
        model.addAttribute("submission", submitting.find(submissionId).orElseThrow());
        model.addAttribute("outcome", submitting.outcome(submissionId).orElse(null));
        model.addAttribute("outcomeName", sheet.outcomeName(assessment.outcome()));
        model.addAttribute("table", ReviewTable.of(sheet, reviews, reviews.stream().map(r -> r.role().label()).toList()));
        return "assessment/outcome";
    }
}
