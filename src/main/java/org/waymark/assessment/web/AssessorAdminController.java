package org.waymark.assessment.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.NotPermittedException;
import org.waymark.account.People;
import org.waymark.assessment.AssessorProfile;
import org.waymark.assessment.Assessors;
import org.waymark.assessment.internal.AssessorAdministration;
import org.waymark.assessment.internal.ProfileDetails;
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.web.AssessorForms.AddForm;
import org.waymark.assessment.web.AssessorForms.ProfileForm;
import org.waymark.assessment.web.AssessorForms.UnavailableForm;
import org.waymark.framework.FrameworkCatalogue;

/** Administrators (RUN_ASSESSMENT, by URL rule): the assessor pool, adding people to it and their profiles. */
@Controller
@RequestMapping("/admin/assessors")
class AssessorAdminController {

    private final Assessors assessors;
    private final AssessorAdministration administration;
    private final FrameworkCatalogue catalogue;
    private final People people;

    AssessorAdminController(Assessors assessors, AssessorAdministration administration, FrameworkCatalogue catalogue,
                            People people) {
        this.assessors = assessors;
        this.administration = administration;
        this.catalogue = catalogue;
        this.people = people;
    }

    @GetMapping
    String list(Model model) {
        return list(model, new AddForm(""), Map.of());
    }

    @PostMapping
    String add(@ModelAttribute AddForm form, Model model, Authentication who, RedirectAttributes redirect) {
        if (form.email() == null || form.email().isBlank()) {
            return list(model, form, Map.of("email", "Enter the email address of their Waymark account"));
        }
        try {
            UUID added = administration.add(personId(who), form.email());
            redirect.addFlashAttribute("notice", "Added to the assessor pool and given the assessor role. Now enter their profile.");
            return "redirect:/admin/assessors/" + added + "/edit";
        } catch (Refused refused) {
            List<People.Name> matches = matching(form.email());
            model.addAttribute("matches", matches);
            if (!matches.isEmpty() && people.findByEmail(form.email().strip()).isEmpty()) {
                return list(model, form, Map.of("email", "No account has exactly that email address. Choose one of the"
                        + " accounts found below, or check the address."));
            }
            return list(model, form, refused.problems());
        }
    }

    /** Accounts whose name or email contains the text and who are not assessors yet: at most ten, by name. */
    private List<People.Name> matching(String text) {
        if (text == null || text.strip().length() < 3) {
            return List.of();
        }
        List<UUID> ids = people.idsMatching(text, 20).stream().filter(id -> assessors.find(id).isEmpty()).limit(10).toList();
        Map<UUID, People.Name> names = people.names(ids);
        return ids.stream().map(names::get).filter(java.util.Objects::nonNull).toList();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        return show(model, assessor(id), UnavailableForm.empty(), Map.of());
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        AssessorProfile assessor = assessor(id);
        return form(model, assessor, ProfileForm.of(assessor), Map.of(), null);
    }

    @PostMapping("/{id}")
    String change(@PathVariable UUID id, @ModelAttribute("form") ProfileForm form, Model model, Authentication who,
                  RedirectAttributes redirect) {
        AssessorProfile assessor = assessor(id);
        Map<String, String> problems = new LinkedHashMap<>();
        ProfileDetails details = form.details(problems);
        administration.problems(details).forEach(problems::putIfAbsent);
        if (problems.isEmpty()) {
            try {
                administration.change(personId(who), id, form.version() == null ? -1 : form.version(), details);
                redirect.addFlashAttribute("notice", "The profile has been saved.");
                return "redirect:/admin/assessors/" + id;
            } catch (Refused refused) {
                problems.putAll(refused.problems());
            } catch (AssessorAdministration.StaleProfileException stale) {
                // Keep what was typed, against the version now saved, and say what happened.
                ProfileForm again = new ProfileForm(form.awardPathway(), form.institution(), form.specialisms(),
                        form.capacityPerRound(), form.timesAsSecond(), assessor.version());
                return form(model, assessor, again, Map.of(), "Someone else saved this profile while you were editing it."
                        + " What you typed is still here; the saved profile is shown beside the form. Check it and save again.");
            }
        }
        return form(model, assessor, form, ordered(problems), null);
    }

    @PostMapping("/{id}/unavailable")
    String addUnavailable(@PathVariable UUID id, @ModelAttribute UnavailableForm form, Model model, Authentication who,
                          RedirectAttributes redirect) {
        AssessorProfile assessor = assessor(id);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate from = AssessorForms.date(form.unavailableFrom(), "unavailableFrom", "first day", problems);
        LocalDate to = AssessorForms.date(form.unavailableTo(), "unavailableTo", "last day", problems);
        if (problems.isEmpty()) {
            try {
                administration.addUnavailable(personId(who), id, from, to);
                redirect.addFlashAttribute("notice", "The dates have been added.");
                return "redirect:/admin/assessors/" + id + "#unavailable";
            } catch (Refused refused) {
                problems.putAll(refused.problems());
            }
        }
        return show(model, assessor, form, problems);
    }

    @PostMapping("/{id}/unavailable/{rangeId}/remove")
    String removeUnavailable(@PathVariable UUID id, @PathVariable UUID rangeId, Authentication who, RedirectAttributes redirect) {
        assessor(id);
        administration.removeUnavailable(personId(who), id, rangeId);
        redirect.addFlashAttribute("notice", "The dates have been removed.");
        return "redirect:/admin/assessors/" + id + "#unavailable";
    }

    private String list(Model model, AddForm form, Map<String, String> errors) {
        if (!model.containsAttribute("matches")) {
            model.addAttribute("matches", List.of());
        }
        model.addAttribute("assessors", assessors.all());
        model.addAttribute("rules", administration.rules());
        model.addAttribute("pathways", pathwayNames());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/assessors";
    }

    private String show(Model model, AssessorProfile assessor, UnavailableForm form, Map<String, String> errors) {
        model.addAttribute("assessor", assessor);
        model.addAttribute("rules", administration.rules());
        model.addAttribute("pathways", pathwayNames());
        model.addAttribute("assessable", assessable(assessor));
        model.addAttribute("unavailableForm", form);
        model.addAttribute("errors", errors);
        return "admin/assessor";
    }

    private String form(Model model, AssessorProfile assessor, ProfileForm form, Map<String, String> errors, String stale) {
        model.addAttribute("assessor", assessor);
        model.addAttribute("rules", administration.rules());
        model.addAttribute("pathways", pathwayNames());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        return "admin/assessor-edit";
    }

    /** The names of the pathways this assessor may assess, in the framework's order. */
    private String assessable(AssessorProfile assessor) {
        var rules = administration.rules();
        var names = catalogue.current().pathways().stream().filter(p -> rules.mayAssess(assessor.awardPathway(), p.key()))
                .map(p -> p.name()).toList();
        return names.isEmpty() ? "None" : String.join(", ", names);
    }

    private Map<String, String> pathwayNames() {
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.current().pathways().forEach(p -> names.put(p.key(), p.name()));
        return names;
    }

    private static Map<String, String> ordered(Map<String, String> problems) {
        Map<String, String> ordered = new LinkedHashMap<>();
        ProfileForm.FIELDS.forEach(f -> {
            if (problems.containsKey(f)) {
                ordered.put(f, problems.get(f));
            }
        });
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private AssessorProfile assessor(UUID id) {
        return assessors.find(id).orElseThrow(() -> new NotPermittedException(AssessorAdministration.OBJECT_TYPE, id));
    }

    static UUID personId(Authentication who) {
        return UUID.fromString(who.getName());
    }
}
