package org.waymark.submission.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.portfolio.MissingItem;
import org.waymark.portfolio.PortfolioOverview;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionRefused;
import org.waymark.submission.internal.SubmissionService;

/**
 * Submitting a Waymark portfolio: choosing the round (when coming from the portfolio), the page that shows what
 * will be checked and asks for the declaration, and the confirmation with the reference.
 */
@Controller
class SubmitController {

    private final SubmissionService service;
    private final Portfolios portfolios;
    private final Permissions permissions;
    private final Clock clock;

    SubmitController(SubmissionService service, Portfolios portfolios, Permissions permissions, Clock clock) {
        this.service = service;
        this.portfolios = portfolios;
        this.permissions = permissions;
        this.clock = clock;
    }

    public record SubmitForm(UUID portfolio,
                             @Size(max = 200, message = "Keep your line manager’s name under 200 characters") String lineManagerName,
                             @Email(message = "Enter your line manager’s email address in the right format, like name@example.ac.uk")
                             @Size(max = 320, message = "That email address is too long") String lineManagerEmail,
                             Boolean declared) {
    }

    /** From the portfolio: the rounds open to this candidate now; straight to the only one if there is one. */
    @GetMapping("/portfolios/{id}/submit")
    String chooseRound(@PathVariable UUID id, Authentication who, Model model, HttpServletRequest request) {
        PortfolioOverview portfolio = ownPortfolio(who, id);
        List<Round> open = service.openRoundsFor(person(who), arrival(request));
        if (open.size() == 1) {
            return "redirect:/rounds/" + open.getFirst().id() + "/submit?portfolio=" + id;
        }
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("rounds", open.stream().map(r -> new RoundChoice(r.id(), r.name(),
                service.deadlineFor(r, person(who)).map(service::ukTime).orElse(null))).toList());
        return "submission/choose-round";
    }

    public record RoundChoice(UUID id, String name, String deadline) {
    }

    /** From a round: the portfolio to send (the only one, or a choice), then the submit page. */
    @GetMapping("/rounds/{roundId}/submit")
    String submitPage(@PathVariable UUID roundId, @RequestParam(required = false) UUID portfolio, Authentication who,
                      Model model, HttpServletRequest request) {
        Round round = round(roundId);
        if (portfolio == null) {
            List<PortfolioOverview> own = portfolios.ownedBy(person(who));
            if (own.size() != 1) {
                model.addAttribute("round", round);
                model.addAttribute("portfolios", own);
                return "submission/choose-portfolio";
            }
            portfolio = own.getFirst().id();
        }
        PortfolioOverview overview = ownPortfolio(who, portfolio);
        return page(round, overview, new SubmitForm(portfolio, null, null, null), Map.of(), List.of(), who, model,
                arrival(request));
    }

    @PostMapping("/rounds/{roundId}/submit")
    String submit(@PathVariable UUID roundId, @Valid @ModelAttribute("form") SubmitForm form, BindingResult errors,
                  Authentication who, Model model, HttpServletRequest request) {
        Instant arrivedAt = arrival(request);
        Round round = round(roundId);
        if (form.portfolio() == null) {
            throw new NotPermittedException(Portfolios.OBJECT_TYPE, null);
        }
        PortfolioOverview overview = ownPortfolio(who, form.portfolio());
        Map<String, String> problems = new LinkedHashMap<>();
        for (String field : List.of("lineManagerName", "lineManagerEmail")) {
            if (errors.hasFieldErrors(field)) {
                problems.put(field, errors.getFieldError(field).getDefaultMessage());
            }
        }
        if (!Boolean.TRUE.equals(form.declared())) {
            problems.put("declared", "Confirm this is the portfolio you want assessed");
        }
        if (!problems.isEmpty()) {
            return page(round, overview, form, problems, List.of(), who, model, arrivedAt);
        }
        try {
            Submission submission = service.submit(person(who), overview.id(), round.id(), form.lineManagerName(),
                    form.lineManagerEmail(), arrivedAt);
            return "redirect:/submissions/" + submission.id() + "/submitted";
        } catch (SubmissionRefused refused) {
            problems.put(anchorFor(refused.reason()), refused.getMessage());
            return page(round, overview, form, problems, refused.missingItems(), who, model, arrivedAt);
        }
    }

    @GetMapping("/submissions/{id}/submitted")
    String submitted(@PathVariable UUID id, Authentication who, Model model) {
        permissions.check(who, Action.SUBMIT, org.waymark.submission.Submitting.OBJECT_TYPE, id);
        model.addAttribute("submission", service.find(id).orElseThrow(() -> new NotPermittedException("submission", id)));
        model.addAttribute("ukTimes", new SubmissionTimes(service));
        return "submission/submitted";
    }

    private String page(Round round, PortfolioOverview portfolio, SubmitForm form, Map<String, String> problems,
                        List<MissingItem> refusedMissing, Authentication who, Model model, Instant now) {
        UUID candidate = person(who);
        model.addAttribute("round", round);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("pathwayName", portfolio.pathwayName());
        var registration = service.registrationFor(candidate, portfolio.pathwayKey(), now).orElse(null);
        model.addAttribute("registration", registration);
        model.addAttribute("inProgress", registration == null ? null : service.submittedBy(candidate).stream()
                .filter(s -> s.status().inProgress() && s.registrationId().equals(registration.id())).findFirst().orElse(null));
        model.addAttribute("deadline", service.deadlineFor(round, candidate).map(service::ukTime).orElse(null));
        model.addAttribute("decisionDue", service.ukDate(round.decisionDueFor(now)));
        model.addAttribute("roundProblem", service.whyRoundNotOpen(round, candidate, now).orElse(null));
        model.addAttribute("advice", portfolios.accessibilityAdvice(portfolio.id()));
        model.addAttribute("missing", refusedMissing.isEmpty() ? portfolios.missingItems(portfolio.id()) : refusedMissing);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("ukTimes", new SubmissionTimes(service));
        return "submission/submit";
    }

    /** Where on the page each refusal is explained, for the error summary's link. */
    private static String anchorFor(SubmissionRefused.Reason reason) {
        return switch (reason) {
            case NOT_REGISTERED, ALREADY_IN_PROGRESS -> "registration";
            case ROUND_NOT_OPEN -> "round";
            case INCOMPLETE -> "checklist";
            default -> "declared";
        };
    }

    private Round round(UUID roundId) {
        return service.round(roundId).orElseThrow(() -> new NotPermittedException("round", roundId));
    }

    private PortfolioOverview ownPortfolio(Authentication who, UUID portfolioId) {
        permissions.check(who, Action.SUBMIT, Portfolios.OBJECT_TYPE, portfolioId);
        return service.ownPortfolio(person(who), portfolioId);
    }

    /** When the request arrived: deadlines are judged against it, not against when the work finished. */
    private Instant arrival(HttpServletRequest request) {
        return RequestArrival.of(request, clock);
    }

    static UUID person(Authentication who) {
        return UUID.fromString(who.getName());
    }
}
