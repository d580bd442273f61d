package org.waymark.portfolio.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.time.Clock;
import org.waymark.access.Action;
import org.waymark.framework.EligibilityGuide;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.portfolio.internal.Portfolio;
import org.waymark.portfolio.internal.PortfolioHeldException;
import org.waymark.portfolio.internal.PortfolioSection;
import org.waymark.portfolio.internal.PortfolioService;

/** Portfolios as wholes: start one, the overview with its checklist, principles map, preview, confirmation, delete. */
@Controller
class PortfolioController {

    private final PortfolioService service;
    private final PortfolioAccess access;
    private final FrameworkCatalogue catalogue;
    private final Clock clock;

    PortfolioController(PortfolioService service, PortfolioAccess access, FrameworkCatalogue catalogue, Clock clock) {
        this.service = service;
        this.access = access;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @GetMapping("/portfolios")
    String list(Authentication who, Model model) {
        model.addAttribute("portfolios", service.ownedBy(PortfolioAccess.personId(who)));
        return "portfolio/list";
    }

    /**
     * Choosing a pathway, helped by the eligibility guide; the guide recommends and the candidate decides.
     * The guide's form sends "guide" with its answers, so an empty submission shows every question's error.
     */
    @GetMapping("/portfolios/new")
    String choose(@RequestParam Map<String, String> answers, Model model) {
        Framework framework = catalogue.current();
        EligibilityGuide guide = framework.eligibilityGuide();
        boolean answered = answers.containsKey("guide");
        startPage(framework, answers, answered ? guide.problems(answers) : Map.of(), model);
        if (answered) {
            guide.recommend(answers).ifPresent(key -> model.addAttribute("recommended", framework.pathway(key)));
        }
        return "portfolio/new";
    }

    private static void startPage(Framework framework, Map<String, String> answers, Map<String, String> guideErrors, Model model) {
        model.addAttribute("framework", framework);
        model.addAttribute("guide", framework.eligibilityGuide());
        model.addAttribute("questionCount", count(framework.eligibilityGuide().questions().size(), "question"));
        model.addAttribute("answers", answers);
        model.addAttribute("guideAnswered", answers.containsKey("guide"));
        model.addAttribute("guideErrors", guideErrors);
    }

    private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** "three questions", "one question": the guide's wording follows how many questions the framework file asks. */
    static String count(int n, String noun) {
        return (n < NUMBERS.size() ? NUMBERS.get(n) : String.valueOf(n)) + " " + noun + (n == 1 ? "" : "s");
    }

    @PostMapping("/portfolios")
    String start(@RequestParam(required = false) String pathway, Authentication who, Model model, RedirectAttributes flash) {
        Framework framework = catalogue.current();
        if (pathway == null || framework.findPathway(pathway).isEmpty()) {
            startPage(framework, Map.of(), Map.of(), model);
            model.addAttribute("pathwayError", "Choose the pathway you want to work towards");
            return "portfolio/new";
        }
        UUID id = service.start(PortfolioAccess.personId(who), pathway);
        flash.addFlashAttribute("notice", "Your " + framework.pathway(pathway).name() + " portfolio has been started.");
        return "redirect:/portfolios/" + id;
    }

    @GetMapping("/portfolios/{id}")
    String show(@PathVariable UUID id, Authentication who, Model model) {
        Portfolio portfolio = wholePortfolio(who, id, model);
        model.addAttribute("canEdit", access.mayEdit(who, portfolio));
        model.addAttribute("addable", addableAreas(portfolio));
        model.addAttribute("staleBefore", service.framework(portfolio).practiceCurrentSince(clock.instant()));
        return "portfolio/show";
    }

    /** Areas (specialist, advanced) the candidate may still add, by section key, with their titles. */
    private Map<String, String> addableAreas(Portfolio portfolio) {
        Pathway pathway = service.pathway(portfolio);
        List<PortfolioSection> sections = service.sections(portfolio.getId());
        Map<String, String> addable = new LinkedHashMap<>();
        pathway.sections().stream().filter(d -> d.repeatable())
                .filter(d -> sections.stream().filter(s -> s.getSectionKey().equals(d.key())).count() < d.max())
                .forEach(d -> addable.put(d.key(), d.title()));
        return addable;
    }

    @GetMapping("/portfolios/{id}/principles")
    String principles(@PathVariable UUID id, Authentication who, Model model) {
        wholePortfolio(who, id, model);
        return "portfolio/principles";
    }

    @GetMapping("/portfolios/{id}/preview")
    String preview(@PathVariable UUID id, Authentication who, Model model) {
        wholePortfolio(who, id, model);
        return "portfolio/preview";
    }

    /** The model every whole-portfolio page shares: the portfolio, its pathway and framework version, its checklist. */
    private Portfolio wholePortfolio(Authentication who, UUID id, Model model) {
        Portfolio portfolio = access.portfolio(who, Action.VIEW, id);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("pathway", service.pathway(portfolio));
        model.addAttribute("framework", service.framework(portfolio));
        model.addAttribute("checklist", service.checklist(portfolio));
        return portfolio;
    }

    // ---- Confirmation ----

    public record ConfirmationForm(Boolean declared,
                            @Size(max = 200, message = "Keep the assessor’s name under 200 characters") String assessorName,
                            @Email(message = "Enter the assessor’s email address in the right format, like name@example.ac.uk")
                            @Size(max = 320, message = "That email address is too long") String assessorEmail) {
    }

    @GetMapping("/portfolios/{id}/confirmation")
    String confirmation(@PathVariable UUID id, Authentication who, Model model) {
        Portfolio portfolio = access.portfolio(who, Action.EDIT, id);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("pathway", service.pathway(portfolio));
        model.addAttribute("form", new ConfirmationForm(portfolio.isDeclarationSigned(), portfolio.getSuggestedAssessorName(),
                portfolio.getSuggestedAssessorEmail()));
        return "portfolio/confirmation";
    }

    @PostMapping("/portfolios/{id}/confirmation")
    String confirm(@PathVariable UUID id, @Valid @ModelAttribute("form") ConfirmationForm form, BindingResult errors,
                   Authentication who, Model model, RedirectAttributes flash) {
        Portfolio portfolio = access.portfolio(who, Action.EDIT, id);
        boolean hasEmail = form.assessorEmail() != null && !form.assessorEmail().isBlank();
        boolean hasName = form.assessorName() != null && !form.assessorName().isBlank();
        if (hasEmail && !hasName) {
            errors.rejectValue("assessorName", "required", "Enter the name of the assessor you suggest, or remove their email");
        }
        if (hasName && !hasEmail) {
            errors.rejectValue("assessorEmail", "required", "Enter the email of the assessor you suggest, or remove their name");
        }
        if (errors.hasErrors()) {
            model.addAttribute("portfolio", portfolio);
            model.addAttribute("pathway", service.pathway(portfolio));
            return "portfolio/confirmation";
        }
        service.confirm(id, Boolean.TRUE.equals(form.declared()), form.assessorName(), form.assessorEmail());
        flash.addFlashAttribute("notice", Boolean.TRUE.equals(form.declared()) ? "Your confirmation is signed." : "Your confirmation has been saved, but is not signed.");
        return "redirect:/portfolios/" + id;
    }

    // ---- Areas ----

    @PostMapping("/portfolios/{id}/areas")
    String addArea(@PathVariable UUID id, @RequestParam String key, Authentication who, RedirectAttributes flash) {
        Portfolio portfolio = access.portfolio(who, Action.EDIT, id);
        return service.addArea(PortfolioAccess.personId(who), portfolio, key)
                .map(area -> "redirect:/portfolios/" + id + "/sections/" + area.getId())
                .orElseGet(() -> {
                    flash.addFlashAttribute("problem", "This pathway has as many of those areas as it allows.");
                    return "redirect:/portfolios/" + id;
                });
    }

    @GetMapping("/portfolios/{id}/sections/{sectionId}/delete")
    String confirmRemoveArea(@PathVariable UUID id, @PathVariable UUID sectionId, Authentication who, Model model) {
        Portfolio portfolio = access.portfolio(who, Action.EDIT, id);
        PortfolioSection section = access.section(portfolio, sectionId);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("item", service.checklistItem(portfolio, section));
        model.addAttribute("removable", service.removable(portfolio, section));
        return "portfolio/remove-area";
    }

    @PostMapping("/portfolios/{id}/sections/{sectionId}/delete")
    String removeArea(@PathVariable UUID id, @PathVariable UUID sectionId, Authentication who, RedirectAttributes flash) {
        Portfolio portfolio = access.portfolio(who, Action.EDIT, id);
        PortfolioSection section = access.section(portfolio, sectionId);
        if (!service.removable(portfolio, section)) {
            flash.addFlashAttribute("problem", "That area cannot be removed: the pathway needs at least this many.");
        } else {
            service.removeArea(PortfolioAccess.personId(who), portfolio, section);
            flash.addFlashAttribute("notice", "The area has been removed. Its revisions went with it.");
        }
        return "redirect:/portfolios/" + id;
    }

    // ---- Delete ----

    @GetMapping("/portfolios/{id}/delete")
    String confirmDelete(@PathVariable UUID id, Authentication who, Model model) {
        Portfolio portfolio = access.portfolio(who, Action.DELETE, id);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("pathway", service.pathway(portfolio));
        model.addAttribute("overview", service.overviewOf(portfolio));
        if (service.held(id)) {
            model.addAttribute("held", PortfolioHeldException.MESSAGE);
        }
        return "portfolio/delete";
    }

    @PostMapping("/portfolios/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam(required = false) String confirm, Authentication who,
                  RedirectAttributes flash) {
        Portfolio portfolio = access.portfolio(who, Action.DELETE, id);
        if (!"yes".equals(confirm)) {
            flash.addFlashAttribute("problem", "Tick the box to confirm you want to delete this portfolio.");
            return "redirect:/portfolios/" + id + "/delete";
        }
        try {
            service.delete(PortfolioAccess.personId(who), portfolio);
        } catch (PortfolioHeldException held) {
            return "redirect:/portfolios/" + id + "/delete"; // the page says why
        }
        flash.addFlashAttribute("notice", "Your " + service.pathway(portfolio).name() + " portfolio has been deleted.");
        return "redirect:/portfolios";
    }

    // ---- Progression ----

    @GetMapping("/portfolios/{id}/progress")
    String progression(@PathVariable UUID id, @RequestParam(required = false) String pathway, Authentication who, Model model) {
        Portfolio portfolio = access.portfolio(who, Action.EDIT, id);
        Framework framework = catalogue.current();
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("pathway", service.pathway(portfolio));
        model.addAttribute("targets", framework.pathways().stream().filter(p -> !p.key().equals(portfolio.getPathway())).toList());
        model.addAttribute("framework", framework);
        model.addAttribute("staleBefore", framework.practiceCurrentSince(clock.instant()));
        if (pathway != null && framework.findPathway(pathway).isPresent()) {
            Pathway target = framework.pathway(pathway);
            model.addAttribute("target", target);
            model.addAttribute("items", service.checklist(portfolio).sections());
            Set<String> keys = new HashSet<>();
            target.sections().forEach(s -> keys.add(s.key()));
            model.addAttribute("targetKeys", keys);
        }
        return "portfolio/progress";
    }

    @PostMapping("/portfolios/{id}/progress")
    String progress(@PathVariable UUID id, @RequestParam(required = false) String pathway,
                    @RequestParam(name = "copy", required = false) List<UUID> copy, Authentication who, RedirectAttributes flash) {
        Portfolio portfolio = access.portfolio(who, Action.EDIT, id);
        if (pathway == null || catalogue.current().findPathway(pathway).isEmpty() || pathway.equals(portfolio.getPathway())) {
            flash.addFlashAttribute("problem", "Choose the pathway you want to move to.");
            return "redirect:/portfolios/" + id + "/progress";
        }
        UUID target = service.progress(PortfolioAccess.personId(who), id, pathway, copy == null ? Set.of() : Set.copyOf(copy));
        flash.addFlashAttribute("notice", "Your " + catalogue.current().pathway(pathway).name() + " portfolio has been started"
                + (copy == null || copy.isEmpty() ? "." : " with " + copy.size() + " sections copied in. Copied sections are marked so you can revise them."));
        return "redirect:/portfolios/" + target;
    }
}
