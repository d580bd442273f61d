package org.waymark.submission.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.NotPermittedException;
import org.waymark.submission.internal.ExtensionService;
import org.waymark.submission.internal.Refused;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.RoundService;
import org.waymark.submission.web.RoundForms.AskForm;

/**
 * Candidates: the rounds open now and to come, and one round's page, where a candidate with a valid registration
 * asks for an extension and sees only their own requests and extension.
 */
@Controller
class RoundPagesController {

    private final RoundService rounds;
    private final ExtensionService extensions;
    private final Clock clock;

    RoundPagesController(RoundService rounds, ExtensionService extensions, Clock clock) {
        this.rounds = rounds;
        this.extensions = extensions;
        this.clock = clock;
    }

    @GetMapping("/rounds")
    String list(Model model, Authentication who) {
        var now = clock.instant();
        model.addAttribute("extended", rounds.extendedFor(RoundAdminController.personId(who), now));
        model.addAttribute("open", rounds.openRounds(now));
        model.addAttribute("upcoming", rounds.all().stream().filter(r -> r.stageAt(now) == Round.Stage.UPCOMING).toList().reversed());
        return "rounds/list";
    }

    @GetMapping("/rounds/{id}")
    String show(@PathVariable UUID id, Model model, Authentication who) {
        return page(model, round(id), RoundAdminController.personId(who), new AskForm(""), Map.of());
    }

    @PostMapping("/rounds/{id}/extension-requests")
    String ask(@PathVariable UUID id, @Valid @ModelAttribute("ask") AskForm form, BindingResult binding, Model model,
               Authentication who, RedirectAttributes redirect) {
        Round round = round(id);
        UUID candidate = RoundAdminController.personId(who);
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), e.getDefaultMessage()));
        if (errors.isEmpty()) {
            try {
                extensions.ask(candidate, id, form.reason());
                redirect.addFlashAttribute("notice", "Your request has been sent. You will get an email when an administrator answers it.");
                return "redirect:/rounds/" + id;
            } catch (Refused refused) {
                errors.putAll(refused.problems());
            }
        }
        return page(model, round, candidate, form, errors);
    }

    private String page(Model model, Round round, UUID candidate, AskForm form, Map<String, String> errors) {
        var now = clock.instant();
        model.addAttribute("round", round);
        model.addAttribute("stage", round.stageAt(now));
        model.addAttribute("deadline", rounds.deadlineFor(round, candidate).orElse(null));
        model.addAttribute("whyNot", rounds.whyNotAccepting(round, candidate, now).orElse(null));
        model.addAttribute("extension", extensions.extensionOf(round.id(), candidate).orElse(null));
        model.addAttribute("requests", extensions.requestsOf(round.id(), candidate));
        model.addAttribute("mayAsk", extensions.mayAsk(round, candidate));
        model.addAttribute("ask", form);
        model.addAttribute("errors", errors);
        return "rounds/show";
    }

    private Round round(UUID id) {
        return rounds.find(id).orElseThrow(() -> new NotPermittedException(RoundService.OBJECT_TYPE, id));
    }
}
