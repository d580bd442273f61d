package org.waymark.assessment.web;

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
import org.waymark.assessment.DeclaredConflict;
import org.waymark.assessment.internal.ConflictDeclarations;
import org.waymark.assessment.web.AssessorForms.ConflictForm;

/** An assessor's own conflicts of interest (DECLARE_CONFLICTS, by URL rule): they see, declare and withdraw only theirs. */
@Controller
@RequestMapping("/assessor/conflicts")
class ConflictController {

    private final ConflictDeclarations declarations;

    ConflictController(ConflictDeclarations declarations) {
        this.declarations = declarations;
    }

    @GetMapping
    String list(Model model, Authentication who) {
        return page(model, who, ConflictForm.empty(), Map.of());
    }

    @PostMapping
    String declare(@ModelAttribute("form") ConflictForm form, Model model, Authentication who, RedirectAttributes redirect) {
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return page(model, who, form, problems);
        }
        DeclaredConflict declared = declarations.declare(AssessorAdminController.personId(who), form.chosenKind(), form.target(), form.reason());
        redirect.addFlashAttribute("notice", "Your conflict of interest with " + declared.target() + " has been recorded."
                + " You will not be asked to assess their portfolios.");
        return "redirect:/assessor/conflicts";
    }

    @PostMapping("/{id}/remove")
    String withdraw(@PathVariable UUID id, Authentication who, RedirectAttributes redirect) {
        if (!declarations.withdraw(AssessorAdminController.personId(who), id)) {
            throw new NotPermittedException("assessor-conflict", id);
        }
        redirect.addFlashAttribute("notice", "The conflict of interest has been removed.");
        return "redirect:/assessor/conflicts";
    }

    private String page(Model model, Authentication who, ConflictForm form, Map<String, String> errors) {
        model.addAttribute("conflicts", declarations.of(AssessorAdminController.personId(who)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "assessor/conflicts";
    }
}
