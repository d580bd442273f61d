package org.waymark.submission.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.portfolio.MissingItem;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionRefused;
import org.waymark.submission.internal.SubmissionService;

/**
 * Resubmitting a referred portfolio (owner only): the referral and its date, the rounds open now, the portfolio's
 * checklist, and the summary of what changed that assessors read first.
 */
@Controller
class ResubmitController {

    static final int SUMMARY_MAX = 10_000;

    private final SubmissionService service;
    private final Portfolios portfolios;
    private final Permissions permissions;
    private final Clock clock;

    ResubmitController(SubmissionService service, Portfolios portfolios, Permissions permissions, Clock clock) {
        this.service = service;
        this.portfolios = portfolios;
        this.permissions = permissions;
        this.clock = clock;
    }

    public record ResubmitForm(UUID round, String changeSummary, Boolean declared) {
    }

    @GetMapping("/submissions/{id}/resubmit")
    String page(@PathVariable UUID id, Authentication who, Model model, HttpServletRequest request) {
        SubmissionSummary referred = referred(who, id);
        Instant now = RequestArrival.of(request, clock);
        List<Round> open = service.openRoundsFor(SubmitController.person(who), now);
        UUID preselected = open.size() == 1 ? open.getFirst().id() : null;
        return page(referred, new ResubmitForm(preselected, null, null), Map.of(), List.of(), who, model, now);
    }

    @PostMapping("/submissions/{id}/resubmit")
    String resubmit(@PathVariable UUID id, @ModelAttribute("form") ResubmitForm form, Authentication who, Model model,
                    HttpServletRequest request) {
        SubmissionSummary referred = referred(who, id);
        Instant arrivedAt = RequestArrival.of(request, clock);
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.round() == null) {
            problems.put("round", "Choose the round to resubmit into");
        }
        if (form.changeSummary() == null || form.changeSummary().isBlank()) {
            problems.put("changeSummary", "Summarise what you changed since your portfolio was referred");
        } else if (form.changeSummary().length() > SUMMARY_MAX) {
            problems.put("changeSummary", "Keep your summary under " + SUMMARY_MAX + " characters (it has "
                    + form.changeSummary().length() + ")");
        }
        if (!Boolean.TRUE.equals(form.declared())) {
            problems.put("declared", "Confirm this is the portfolio you want assessed again");
        }
        if (!problems.isEmpty()) {
            return page(referred, form, problems, List.of(), who, model, arrivedAt);
        }
        try {
            Submission submission = service.resubmit(SubmitController.person(who), id, form.round(), form.changeSummary(),
                    arrivedAt);
            return "redirect:/submissions/" + submission.id() + "/submitted";
        } catch (SubmissionRefused refused) {
            problems.put(anchorFor(refused.reason()), refused.getMessage());
            return page(referred, form, problems, refused.missingItems(), who, model, arrivedAt);
        }
    }

    private String page(SubmissionSummary referred, ResubmitForm form, Map<String, String> problems,
                        List<MissingItem> refusedMissing, Authentication who, Model model, Instant now) {
        UUID candidate = SubmitController.person(who);
        model.addAttribute("submission", referred);
        model.addAttribute("outcome", service.outcome(referred.id()).orElse(null));
        model.addAttribute("pathwayName", service.pathwayName(referred.pathwayKey()));
        model.addAttribute("refusal", service.whyNoResubmission(candidate, referred.id(), now).orElse(null));
        model.addAttribute("rounds", service.openRoundsFor(candidate, now).stream().map(r -> new SubmitController.RoundChoice(
                r.id(), r.name(), service.deadlineFor(r, candidate).map(service::ukTime).orElse(null))).toList());
        model.addAttribute("missing", referred.portfolioId() == null ? List.of()
                : refusedMissing.isEmpty() ? portfolios.missingItems(referred.portfolioId()) : refusedMissing);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("summaryMax", SUMMARY_MAX);
        model.addAttribute("ukTimes", new SubmissionTimes(service));
        return "submission/resubmit";
    }

    private static String anchorFor(SubmissionRefused.Reason reason) {
        return switch (reason) {
            case ROUND_NOT_OPEN -> "round";
            case INCOMPLETE -> "checklist";
            case NO_CHANGE_SUMMARY -> "changeSummary";
            default -> "referral";
        };
    }

    private SubmissionSummary referred(Authentication who, UUID id) {
        permissions.check(who, Action.SUBMIT, Submitting.OBJECT_TYPE, id);
        return service.find(id).orElseThrow(() -> new NotPermittedException(Submitting.OBJECT_TYPE, id));
    }
}
