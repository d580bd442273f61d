package org.waymark.assessment.web;

import java.util.ArrayList;
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
import org.waymark.account.People;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.assessment.internal.store.Review;
import org.waymark.submission.RoundKind;
import org.waymark.submission.RoundSummary;
import org.waymark.submission.Submitting;

/**
 * The administrators' view of assessments (under /admin/assessments: the URL rule asks for RUN_ASSESSMENT): a
 * round's assessments with their status, due date and outcome; one assessment with both reviews; moderating its
 * outcome (with a reason, within the rules); releasing the results of a rolling round's assessment, after a
 * confirmation. Fixed rounds are released by {@code ResultsRelease} on the round's results date.
 */
@Controller
class AssessmentAdminController {

    private final AssessmentStore assessments;
    private final Reviewing reviewing;
    private final Outcomes outcomes;
    private final Submitting submitting;
    private final People people;

    AssessmentAdminController(AssessmentStore assessments, Reviewing reviewing, Outcomes outcomes, Submitting submitting,
                              People people) {
        this.assessments = assessments;
        this.reviewing = reviewing;
        this.outcomes = outcomes;
        this.submitting = submitting;
        this.people = people;
    }

    /** One line of the list. */
    record Line(Assessment assessment, String reference, String outcome) {
    }

    @GetMapping("/admin/assessments")
    String list(@RequestParam(required = false) UUID round, Model model) {
        List<Assessment> found;
        if (round != null) {
            model.addAttribute("round", submitting.roundSummary(round).orElseThrow(() -> new NotPermittedException("round", round)));
            found = assessments.inRound(round);
        } else {
            found = new ArrayList<>();
            for (Assessment.Status status : Assessment.Status.values()) {
                found.addAll(assessments.withStatus(status));
            }
        }
        var rules = reviewing.rules();
        model.addAttribute("lines", found.stream().map(a -> new Line(a,
                submitting.find(a.submissionId()).map(s -> s.reference()).orElse("?"),
                a.outcome() == null ? null : rules.outcome(a.outcome()).map(o -> o.name()).orElse(a.outcome()))).toList());
        return "assessment/admin-list";
    }

    @GetMapping("/admin/assessments/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(assessment(id), null, Map.of(), null, model);
    }

    @PostMapping("/admin/assessments/{id}/moderate")
    String moderate(@PathVariable UUID id, @RequestParam(required = false) String outcome,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) String version,
                    Authentication who, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Assessment assessment = assessment(id);
        try {
            Assessment moderated = outcomes.moderate(assessment, AssessmentAccess.personId(who), ReviewForm.version(version),
                    outcome, reason);
            flash.addFlashAttribute("notice", "The outcome is now " + reviewing.sheet(moderated).outcomeName(moderated.outcome()) + ".");
            return "redirect:/admin/assessments/" + id;
        } catch (Outcomes.Refused refused) {
            response.setStatus(422);
            return page(assessment, outcome, Map.of("moderate-" + refused.field(), refused.getMessage()), reason, model);
        }
    }

    @GetMapping("/admin/assessments/{id}/release")
    String confirmRelease(@PathVariable UUID id, Model model) {
        Assessment assessment = assessment(id);
        model.addAttribute("assessment", assessment);
        model.addAttribute("submission", submitting.find(assessment.submissionId()).orElseThrow());
        model.addAttribute("outcomeName", reviewing.sheet(assessment).outcomeName(assessment.outcome()));
        model.addAttribute("releasable", releasable(assessment));
        return "assessment/admin-release";
    }

    @PostMapping("/admin/assessments/{id}/release")
    String release(@PathVariable UUID id, Authentication who, RedirectAttributes flash) {
        Assessment assessment = assessment(id);
        if (releasable(assessment) && outcomes.release(assessment, AssessmentAccess.personId(who))) {
            flash.addFlashAttribute("notice", "The results are released. The candidate has been emailed.");
        } else {
            flash.addFlashAttribute("problem", "Nothing was released: only a decided assessment of a rolling round is released here,"
                    + " once. Fixed rounds release on their results date.");
        }
        return "redirect:/admin/assessments/" + id;
    }

    private boolean releasable(Assessment assessment) {
        return assessment.status() == Assessment.Status.DECIDED
                && submitting.roundSummary(assessment.roundId()).map(r -> r.kind() == RoundKind.ROLLING).orElse(false);
    }

    private Assessment assessment(UUID id) {
        return assessments.find(id).orElseThrow(() -> new NotPermittedException(Reviewing.OBJECT_TYPE, id));
    }

    private String page(Assessment assessment, String chosen, Map<String, String> errors, String reason, Model model) {
        ReviewSheet sheet = reviewing.sheet(assessment);
        List<Review> reviews = reviewing.currentReviews(assessment);
        List<Place> places = assessments.places(assessment.id());
        var names = people.names(places.stream().map(Place::assessorId).toList());
        RoundSummary round = submitting.roundSummary(assessment.roundId()).orElse(null);
        model.addAttribute("assessment", assessment);
        model.addAttribute("round", round);
        model.addAttribute("submission", submitting.find(assessment.submissionId()).orElseThrow());
        model.addAttribute("places", places);
        model.addAttribute("names", names);
        model.addAttribute("sheet", sheet);
        model.addAttribute("table", ReviewTable.of(sheet, reviews, reviews.stream()
                .map(r -> r.role().label() + (names.containsKey(r.assessorId()) ? " (" + names.get(r.assessorId()).name() + ")" : "")
                        + (r.submitted() ? "" : ", draft")).toList()));
        model.addAttribute("outcomes", reviewing.rules().outcomesOffered(assessment.type()));
        model.addAttribute("chosen", chosen == null ? assessment.outcome() : chosen);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("releasable", releasable(assessment));
        return "assessment/admin-show";
    }
}
