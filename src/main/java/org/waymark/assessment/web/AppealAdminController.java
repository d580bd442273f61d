package org.waymark.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.NotPermittedException;
import org.waymark.account.People;
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.internal.appeal.Appeal;
import org.waymark.assessment.internal.appeal.Appeals;
import org.waymark.platform.UkTime;
import org.waymark.submission.Submitting;

/** Administrators (RUN_ASSESSMENT, by URL rule): the appeals, open ones first, and deciding one with a reason. */
@Controller
@RequestMapping("/admin/appeals")
class AppealAdminController {

    private final Appeals appeals;
    private final Submitting submitting;
    private final People people;
    private final UkTime ukTime;

    AppealAdminController(Appeals appeals, Submitting submitting, People people, UkTime ukTime) {
        this.appeals = appeals;
        this.submitting = submitting;
        this.people = people;
        this.ukTime = ukTime;
    }

    /** One row of the list: the appeal with the submission's reference and the candidate's name. */
    public record Row(Appeal appeal, String reference, String candidate) {
    }

    @GetMapping
    String list(Model model) {
        List<Appeal> all = appeals.all();
        Map<UUID, People.Name> names = people.names(all.stream().map(Appeal::candidateId).distinct().toList());
        model.addAttribute("rows", all.stream().map(a -> new Row(a, appeals.reference(a.submissionId()),
                names.containsKey(a.candidateId()) ? names.get(a.candidateId()).name() : "")).toList());
        model.addAttribute("ukTime", ukTime);
        return "admin/appeals";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return show(appeal(id), model, null, "", Map.of());
    }

    @PostMapping("/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) Appeal.Status decision,
                  @RequestParam(required = false) String decisionReason, Authentication who, Model model,
                  RedirectAttributes redirect) {
        Appeal appeal = appeal(id);
        try {
            Appeal decided = appeals.decide(AssessorAdminController.personId(who), id, decision, decisionReason);
            redirect.addFlashAttribute("notice", "Decision recorded: " + decided.status().label().toLowerCase()
                    + ". The candidate has been emailed.");
            return "redirect:/admin/appeals/" + id;
        } catch (Refused refused) {
            return show(appeal, model, decision, decisionReason, refused.problems());
        }
    }

    private String show(Appeal appeal, Model model, Appeal.Status decision, String decisionReason, Map<String, String> problems) {
        model.addAttribute("appeal", appeal);
        model.addAttribute("submission", submitting.find(appeal.submissionId()).orElseThrow());
        model.addAttribute("outcome", submitting.outcome(appeal.submissionId()).orElse(null));
        model.addAttribute("candidate", people.names(List.of(appeal.candidateId())).get(appeal.candidateId()));
        model.addAttribute("decider", appeal.decidedBy() == null ? null
                : people.names(List.of(appeal.decidedBy())).get(appeal.decidedBy()));
        model.addAttribute("reassessmentRound", appeals.appealed(appeal).map(a -> a.roundId()).orElse(null));
        model.addAttribute("reassessment", appeals.reassessment(appeal).orElse(null));
        model.addAttribute("decision", decision);
        model.addAttribute("decisionReason", decisionReason);
        model.addAttribute("problems", problems);
        model.addAttribute("ukTime", ukTime);
        return "admin/appeal";
    }

    private Appeal appeal(UUID id) {
        return appeals.find(id).orElseThrow(() -> new NotPermittedException(Appeals.OBJECT_TYPE, id));
    }
}
