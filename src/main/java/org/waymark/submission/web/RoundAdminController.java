package org.waymark.submission.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.NotPermittedException;
import org.waymark.platform.UkTime;
import org.waymark.submission.RoundKind;
import org.waymark.submission.internal.ExtensionService;
import org.waymark.submission.internal.Refused;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.RoundChangedMeanwhile;
import org.waymark.submission.internal.RoundDetails;
import org.waymark.submission.internal.RoundService;
import org.waymark.submission.web.RoundForms.RoundForm;

/** Administrators: the rounds (open, upcoming, closed), creating, changing and closing them. /admin/rounds needs RUN_SUBMISSIONS. */
@Controller
@RequestMapping("/admin/rounds")
class RoundAdminController {

    private final RoundService rounds;
    private final ExtensionService extensions;
    private final UkTime ukTime;
    private final java.time.Clock clock;

    RoundAdminController(RoundService rounds, ExtensionService extensions, UkTime ukTime, java.time.Clock clock) {
        this.rounds = rounds;
        this.extensions = extensions;
        this.ukTime = ukTime;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        var now = clock.instant();
        List<Round> all = rounds.all();
        model.addAttribute("open", all.stream().filter(r -> r.stageAt(now) == Round.Stage.OPEN).toList());
        model.addAttribute("upcoming", all.stream().filter(r -> r.stageAt(now) == Round.Stage.UPCOMING).toList());
        model.addAttribute("past", all.stream().filter(r -> r.stageAt(now) == Round.Stage.CLOSED).toList());
        Map<UUID, Integer> openRequests = new LinkedHashMap<>();
        all.forEach(r -> openRequests.put(r.id(), extensions.openRequests(r.id()).size()));
        model.addAttribute("openRequests", openRequests);
        return "admin/rounds";
    }

    @GetMapping("/new")
    String newRound(@RequestParam(defaultValue = "FIXED") RoundKind kind, Model model) {
        return form(model, kind, null, RoundForm.empty(), Map.of());
    }

    @PostMapping
    String create(@RequestParam RoundKind kind, @Valid @ModelAttribute("form") RoundForm form, BindingResult binding,
                  Model model, Authentication who, RedirectAttributes redirect) {
        Map<String, String> errors = problems(kind, form, binding);
        if (errors.isEmpty()) {
            try {
                RoundService.Saved saved = rounds.create(personId(who), kind, form.details(new LinkedHashMap<>()));
                saved(redirect, saved, saved.round().name() + " has been created.");
                return "redirect:/admin/rounds/" + saved.round().id();
            } catch (Refused refused) {
                errors = ordered(refused.problems());
            }
        }
        return form(model, kind, null, form, errors);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Round round = round(id);
        model.addAttribute("round", round);
        model.addAttribute("stage", round.stageAt(clock.instant()));
        model.addAttribute("openRequests", extensions.openRequests(id).size());
        model.addAttribute("granted", extensions.granted(id).size());
        return "admin/rounds-show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Round round = round(id);
        if (round.closed()) {
            redirect.addFlashAttribute("problem", round.name() + " has been closed and can no longer be changed.");
            return "redirect:/admin/rounds/" + id;
        }
        return form(model, round.kind(), round, RoundForm.of(round, ukTime), Map.of());
    }

    /**
     * Saves over the version the form was loaded at. If someone else saved the round since, nothing changes: the form
     * comes back (409) with what this person typed, the version now stored (so saving again is a choice made knowing
     * it) and, at the top, the stored values of the fields that differ.
     */
    @PostMapping("/{id}")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") RoundForm form, BindingResult binding, Model model,
                  Authentication who, RedirectAttributes redirect, HttpServletResponse response) {
        Round round = round(id);
        Map<String, String> errors = problems(round.kind(), form, binding);
        if (errors.isEmpty()) {
            try {
                RoundService.Saved saved = rounds.change(personId(who), id, form.version(), form.details(new LinkedHashMap<>()));
                saved(redirect, saved, saved.round().name() + " has been changed.");
                return "redirect:/admin/rounds/" + id;
            } catch (RoundChangedMeanwhile stale) {
                round = stale.current();
            } catch (Refused refused) {
                errors = ordered(refused.problems());
            }
        }
        if (!round.closed() && !Objects.equals(form.version(), round.version())) {
            model.addAttribute("changedMeanwhile", form.differences(round, ukTime));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return form(model, round.kind(), round, form.atVersion(round.version()), errors);
        }
        return form(model, round.kind(), round, form, errors);
    }

    /** Asks first, on a page of its own, so it works without JavaScript. */
    @GetMapping("/{id}/close")
    String confirmClose(@PathVariable UUID id, Model model) {
        model.addAttribute("round", round(id));
        return "admin/rounds-close";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, Authentication who, RedirectAttributes redirect) {
        Round closed = rounds.close(personId(who), round(id).id());
        redirect.addFlashAttribute("notice", closed.name() + " is closed: it takes no more submissions.");
        return "redirect:/admin/rounds/" + id;
    }

    private String form(Model model, RoundKind kind, Round round, RoundForm form, Map<String, String> errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/rounds-form";
    }

    private Map<String, String> problems(RoundKind kind, RoundForm form, BindingResult binding) {
        Map<String, String> found = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(e -> found.putIfAbsent(e.getField(), e.getDefaultMessage()));
        RoundDetails details = form.details(found);
        rounds.problems(kind, details).forEach(found::putIfAbsent);
        return ordered(found);
    }

    private static Map<String, String> ordered(Map<String, String> problems) {
        Map<String, String> ordered = new LinkedHashMap<>();
        RoundForm.FIELDS.forEach(f -> {
            if (problems.containsKey(f)) {
                ordered.put(f, problems.get(f));
            }
        });
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static void saved(RedirectAttributes redirect, RoundService.Saved saved, String notice) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("notes", saved.notes());
    }

    private Round round(UUID id) {
        return rounds.find(id).orElseThrow(() -> new NotPermittedException(RoundService.OBJECT_TYPE, id));
    }

    static UUID personId(Authentication who) {
        return UUID.fromString(who.getName());
    }
}
