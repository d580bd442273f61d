package org.waymark.submission.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.NotPermittedException;
import org.waymark.account.People;
import org.waymark.platform.UkTime;
import org.waymark.submission.internal.ExtensionRequest;
import org.waymark.submission.internal.ExtensionService;
import org.waymark.submission.internal.Refused;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.RoundExtension;
import org.waymark.submission.internal.RoundService;
import org.waymark.submission.web.RoundForms.DeclineForm;
import org.waymark.submission.web.RoundForms.GrantForm;

/**
 * Administrators: one round's extensions. Open requests are granted (until when, why) or declined (with an answer);
 * an extension can also be granted directly to a candidate named by email address, and changed later. Several forms
 * share the page: each field's id ends with the form's key ({@code untilOn-new}, {@code answer-<request id>}).
 */
@Controller
@RequestMapping("/admin/rounds/{roundId}/extensions")
class ExtensionAdminController {

    private final RoundService rounds;
    private final ExtensionService extensions;
    private final People people;
    private final UkTime ukTime;

    ExtensionAdminController(RoundService rounds, ExtensionService extensions, People people, UkTime ukTime) {
        this.rounds = rounds;
        this.extensions = extensions;
        this.people = people;
        this.ukTime = ukTime;
    }

    @GetMapping
    String page(@PathVariable UUID roundId, Model model) {
        return page(model, round(roundId), null, GrantForm.empty(), new DeclineForm(""), Map.of());
    }

    @PostMapping
    String grantDirectly(@PathVariable UUID roundId, @Valid @ModelAttribute("grant") GrantForm form, BindingResult binding,
                         Model model, Authentication who, RedirectAttributes redirect) {
        Round round = round(roundId);
        Map<String, String> errors = bindingErrors(binding);
        var until = parse(form, errors);
        if (errors.isEmpty()) {
            try {
                List<String> notes = extensions.grantTo(RoundAdminController.personId(who), roundId, form.email(), until.date,
                        until.time, form.reason());
                return granted(redirect, roundId, form.email().strip(), notes);
            } catch (Refused refused) {
                errors.putAll(refused.problems());
            }
        }
        return page(model, round, "new", form, new DeclineForm(""), keyed(errors, "new", List.of("email", "untilOn", "untilTime", "grantReason")));
    }

    @PostMapping("/requests/{requestId}/grant")
    String grantRequest(@PathVariable UUID roundId, @PathVariable UUID requestId, @Valid @ModelAttribute("grant") GrantForm form,
                        BindingResult binding, Model model, Authentication who, RedirectAttributes redirect) {
        Round round = round(roundId);
        ExtensionRequest request = request(roundId, requestId);
        Map<String, String> errors = grant(roundId, request.candidateId(), form, binding, who, redirect);
        if (errors.isEmpty()) {
            return "redirect:/admin/rounds/" + roundId + "/extensions";
        }
        return page(model, round, requestId.toString(), form, new DeclineForm(""),
                keyed(errors, requestId.toString(), List.of("untilOn", "untilTime", "grantReason")));
    }

    @PostMapping("/requests/{requestId}/decline")
    String decline(@PathVariable UUID roundId, @PathVariable UUID requestId, @Valid @ModelAttribute("decline") DeclineForm form,
                   BindingResult binding, Model model, Authentication who, RedirectAttributes redirect) {
        Round round = round(roundId);
        ExtensionRequest request = request(roundId, requestId);
        Map<String, String> errors = bindingErrors(binding);
        if (errors.isEmpty()) {
            try {
                extensions.decline(RoundAdminController.personId(who), roundId, requestId, form.answer());
                redirect.addFlashAttribute("notice", name(request.candidateId()) + "'s request has been declined.");
                return "redirect:/admin/rounds/" + roundId + "/extensions";
            } catch (Refused refused) {
                errors.putAll(refused.problems());
            }
        }
        return page(model, round, "decline-" + requestId, GrantForm.empty(), form,
                keyed(errors, "decline-" + requestId, List.of("answer")));
    }

    @GetMapping("/{extensionId}/edit")
    String edit(@PathVariable UUID roundId, @PathVariable UUID extensionId, Model model) {
        RoundExtension extension = extension(roundId, extensionId);
        return editPage(model, round(roundId), extension, new GrantForm("", ukTime.isoDate(extension.untilAt()),
                ukTime.isoTime(extension.untilAt()), extension.reason()), Map.of());
    }

    @PostMapping("/{extensionId}")
    String change(@PathVariable UUID roundId, @PathVariable UUID extensionId, @Valid @ModelAttribute("grant") GrantForm form,
                  BindingResult binding, Model model, Authentication who, RedirectAttributes redirect) {
        Round round = round(roundId);
        RoundExtension extension = extension(roundId, extensionId);
        Map<String, String> errors = grant(roundId, extension.candidateId(), form, binding, who, redirect);
        if (errors.isEmpty()) {
            return "redirect:/admin/rounds/" + roundId + "/extensions";
        }
        return editPage(model, round, extension, form, keyed(errors, "edit", List.of("untilOn", "untilTime", "grantReason")));
    }

    /**
     * Grants (or changes) this candidate's extension from the form, its date and time read once here; empty if it was
     * granted (the notice is in {@code redirect}), otherwise the problems by field.
     */
    private Map<String, String> grant(UUID roundId, UUID candidateId, GrantForm form, BindingResult binding,
                                      Authentication who, RedirectAttributes redirect) {
        Map<String, String> errors = bindingErrors(binding);
        var until = parse(form, errors);
        if (errors.isEmpty()) {
            try {
                List<String> notes = extensions.grant(RoundAdminController.personId(who), roundId, candidateId,
                        until.date, until.time, form.reason());
                granted(redirect, roundId, name(candidateId), notes);
            } catch (Refused refused) {
                errors.putAll(refused.problems());
            }
        }
        return errors;
    }

    private String page(Model model, Round round, String failed, GrantForm grant, DeclineForm decline, Map<String, String> errors) {
        List<ExtensionRequest> open = extensions.openRequests(round.id());
        List<RoundExtension> granted = extensions.granted(round.id());
        List<UUID> ids = new ArrayList<>();
        open.forEach(r -> ids.add(r.candidateId()));
        granted.forEach(e -> ids.add(e.candidateId()));
        model.addAttribute("round", round);
        model.addAttribute("requests", open);
        model.addAttribute("granted", granted);
        model.addAttribute("names", people.names(ids));
        model.addAttribute("failed", failed);
        model.addAttribute("grant", grant);
        model.addAttribute("decline", decline);
        model.addAttribute("errors", errors);
        return "admin/rounds-extensions";
    }

    private String editPage(Model model, Round round, RoundExtension extension, GrantForm form, Map<String, String> errors) {
        model.addAttribute("round", round);
        model.addAttribute("extension", extension);
        model.addAttribute("candidate", people.names(List.of(extension.candidateId())).get(extension.candidateId()));
        model.addAttribute("grant", form);
        model.addAttribute("errors", errors);
        return "admin/rounds-extension-edit";
    }

    private String granted(RedirectAttributes redirect, UUID roundId, String who, List<String> notes) {
        redirect.addFlashAttribute("notice", "Extension granted to " + who + ".");
        redirect.addFlashAttribute("notes", notes);
        return "redirect:/admin/rounds/" + roundId + "/extensions";
    }

    private record Until(java.time.LocalDate date, java.time.LocalTime time) {
    }

    private static Until parse(GrantForm form, Map<String, String> errors) {
        Map<String, String> found = new LinkedHashMap<>();
        var date = RoundForms.date(form.untilOn(), "untilOn", found);
        var time = RoundForms.time(form.untilTime(), "untilTime", found);
        found.forEach(errors::putIfAbsent);
        return new Until(date, time);
    }

    private static Map<String, String> bindingErrors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> errors.putIfAbsent("reason".equals(e.getField()) ? "grantReason" : e.getField(),
                e.getDefaultMessage()));
        return errors;
    }

    /** The problems by the ids of this form's fields, in the form's order. */
    private static Map<String, String> keyed(Map<String, String> errors, String key, List<String> order) {
        Map<String, String> keyed = new LinkedHashMap<>();
        order.forEach(f -> {
            if (errors.containsKey(f)) {
                keyed.put(f + "-" + key, errors.get(f));
            }
        });
        errors.forEach((f, m) -> keyed.putIfAbsent(f + "-" + key, m));
        return keyed;
    }

    private String name(UUID personId) {
        People.Name name = people.names(List.of(personId)).get(personId);
        return name == null ? "the candidate" : name.name();
    }

    private Round round(UUID id) {
        return rounds.find(id).orElseThrow(() -> new NotPermittedException(RoundService.OBJECT_TYPE, id));
    }

    private ExtensionRequest request(UUID roundId, UUID requestId) {
        try {
            return extensions.request(roundId, requestId);
        } catch (java.util.NoSuchElementException e) {
            throw new NotPermittedException("extension-request", requestId);
        }
    }

    private RoundExtension extension(UUID roundId, UUID extensionId) {
        try {
            return extensions.extension(roundId, extensionId);
        } catch (java.util.NoSuchElementException e) {
            throw new NotPermittedException("extension", extensionId);
        }
    }
}
