package org.waymark.portfolio.web;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.portfolio.internal.Portfolio;
import org.waymark.portfolio.internal.PortfolioSection;
import org.waymark.portfolio.internal.PortfolioService;
import org.waymark.portfolio.internal.SaveMode;
import org.waymark.portfolio.internal.SaveOutcome;
import org.waymark.portfolio.internal.SectionDraft;
import org.waymark.portfolio.internal.SectionRevision;
import org.waymark.portfolio.internal.SectionToSave;
import org.waymark.web.LayoutModel;

/**
 * The section editor. One handler serves the page (no JavaScript: Save posts the form and comes back here)
 * and htmx autosave (answers only with out-of-band fragments: the version, the status ({@link AutosaveAnswer}), a
 * conflict panel; it never replaces what is in the editor).
 */
@Controller
class SectionController {

    /** The answer's header with, for each text the save carried and cut, its blocks' lengths as sent ("description:120,88"). */
    static final String CUTS_HEADER = "X-Waymark-Cuts";

    private final PortfolioService service;
    private final PortfolioAccess access;
    private final SectionEvidence evidence;
    private final LayoutModel.Times times;

    SectionController(PortfolioService service, PortfolioAccess access, SectionEvidence evidence, ZoneId displayZone) {
        this.service = service;
        this.access = access;
        this.evidence = evidence;
        this.times = new LayoutModel.Times(displayZone);
    }

    @GetMapping("/portfolios/{id}/sections/{sectionId}")
    String edit(@PathVariable UUID id, @PathVariable UUID sectionId, Authentication who, Model model) {
        Portfolio portfolio = access.portfolio(who, Action.VIEW, id);
        PortfolioSection section = access.section(portfolio, sectionId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SectionForm.of(section.content(), section.getVersion(), service.linkedEvidence(sectionId)));
        }
        return page(portfolio, section, who, model);
    }

    @PostMapping("/portfolios/{id}/sections/{sectionId}")
    String save(@PathVariable UUID id, @PathVariable UUID sectionId, @Valid @ModelAttribute("form") SectionForm form,
                BindingResult errors, @RequestHeader(name = "HX-Request", required = false) String htmx,
                Authentication who, Model model, HttpServletResponse response, RedirectAttributes flash) throws IOException {
        // The portfolio, the permission to edit it and the section, in one statement: a section of another portfolio,
        // or of one this person may not edit, is not found (404).
        SectionToSave target = access.sectionToSave(who, id, sectionId);
        Portfolio portfolio = target.portfolio();
        boolean script = htmx != null;
        SaveMode mode = SaveMode.fromAction(form.getAction());
        if (!script && mode == SaveMode.AUTOSAVE) {
            mode = SaveMode.SAVE; // a form posted without JavaScript is always an explicit save
        }
        validatePrinciples(form, portfolio, errors);
        if (errors.hasErrors()) {
            PortfolioSection section = target.section();
            if (script) {
                model.addAttribute("problem", errors.getAllErrors().getFirst().getDefaultMessage());
                response.setHeader("HX-Trigger", "waymark:save-failed");
                return "portfolio/section-fragments :: problem";
            }
            response.setStatus(422);
            return page(portfolio, section, who, model);
        }
        SectionDraft draft = form.draft(script && mode == SaveMode.AUTOSAVE);
        SaveOutcome outcome = service.save(PortfolioAccess.personId(who), target, draft, form.expectedVersion(), mode);
        if (outcome instanceof SaveOutcome.SendWhole) {
            if (!script) {
                // Only the editor's script sends splices, and only with htmx: a plain form post with one is not ours.
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A splice is sent only by the editor's autosave");
            }
            response.setHeader("HX-Trigger", "waymark:send-whole"); // nothing was written; the editor sends it all at once
            return null;
        }
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            model.addAttribute("theirs", conflict.section());
            model.addAttribute("mine", conflict.mine());
            if (script) {
                response.setHeader("HX-Trigger", "waymark:conflict");
                return "portfolio/section-fragments :: conflict";
            }
            response.setStatus(409);
            return page(portfolio, conflict.section(), who, model);
        }
        SaveOutcome.Saved done = (SaveOutcome.Saved) outcome;
        PortfolioSection saved = done.section();
        if (script) {
            // How each text it carried was cut into blocks: the editor splices its next autosave of it (ADR 0017).
            if (!done.cuts().isEmpty()) {
                response.setHeader(CUTS_HEADER, done.cuts().entrySet().stream()
                        .map(cut -> cut.getKey().name().toLowerCase(Locale.ROOT) + ":" + cut.getValue())
                        .collect(Collectors.joining(";")));
            }
            // A save of some parts says nothing about what the others had removed: it leaves that notice as it is.
            AutosaveAnswer.write(response, saved, done.item(), mode == SaveMode.AUTOSAVE, done.removed(),
                    draft.isWhole() || !done.removed().isEmpty(), times);
            return null; // answered (the response parameter tells Spring MVC that a null return needs no view)
        }
        if (mode == SaveMode.TAKE_THEIRS) {
            flash.addFlashAttribute("notice", "The other version is now in the editor. Your text is kept in the revision history.");
        } else {
            flash.addFlashAttribute("savedAt", saved.getUpdatedAt());
            flash.addFlashAttribute("removed", done.removed());
        }
        return "redirect:/portfolios/" + id + "/sections/" + sectionId;
    }

    private void validatePrinciples(SectionForm form, Portfolio portfolio, BindingResult errors) {
        if (form.getPrinciples() == null) {
            return;
        }
        var framework = service.framework(portfolio);
        for (String key : form.getPrinciples()) {
            if (framework.principle(key).isEmpty()) {
                errors.rejectValue("principles", "unknown", "Choose core principles from the list");
                return;
            }
        }
    }

    private String page(Portfolio portfolio, PortfolioSection section, Authentication who, Model model) {
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("section", section);
        model.addAttribute("pathway", service.pathway(portfolio));
        model.addAttribute("framework", service.framework(portfolio));
        model.addAttribute("item", service.checklistItem(portfolio, section));
        model.addAttribute("canEdit", access.mayEdit(who, portfolio));
        model.addAttribute("evidenceItems", evidence.itemsOf(portfolio.getId()));
        model.addAttribute("revisionCount", service.revisionCount(section.getId()));
        model.addAttribute("removable", service.removable(portfolio, section));
        List<PortfolioSection> all = service.sections(portfolio.getId());
        int index = all.stream().map(PortfolioSection::getId).toList().indexOf(section.getId());
        model.addAttribute("previous", index > 0 ? all.get(index - 1) : null);
        model.addAttribute("next", index >= 0 && index < all.size() - 1 ? all.get(index + 1) : null);
        return "portfolio/section";
    }

    // ---- Revisions ----

    @GetMapping("/portfolios/{id}/sections/{sectionId}/revisions")
    String revisions(@PathVariable UUID id, @PathVariable UUID sectionId, Authentication who, Model model) {
        revisionPage(who, id, sectionId, model);
        model.addAttribute("revisions", service.revisionSummaries(sectionId));
        return "portfolio/revisions";
    }

    @GetMapping("/portfolios/{id}/sections/{sectionId}/revisions/{revisionId}")
    String revision(@PathVariable UUID id, @PathVariable UUID sectionId, @PathVariable UUID revisionId, Authentication who,
                    Model model) {
        Portfolio portfolio = revisionPage(who, id, sectionId, model);
        SectionRevision revision = service.revision(sectionId, revisionId)
                .orElseThrow(() -> new NotPermittedException("revision", revisionId));
        model.addAttribute("revision", revision);
        model.addAttribute("revisionContent", revision.content());
        model.addAttribute("framework", service.framework(portfolio));
        return "portfolio/revision";
    }

    /** What both revision pages show: the portfolio, the section and its heading, and whether it may be restored. */
    private Portfolio revisionPage(Authentication who, UUID id, UUID sectionId, Model model) {
        Portfolio portfolio = access.portfolio(who, Action.VIEW, id);
        PortfolioSection section = access.section(portfolio, sectionId);
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("section", section);
        model.addAttribute("item", service.checklistItem(portfolio, section));
        model.addAttribute("canEdit", access.mayEdit(who, portfolio));
        return portfolio;
    }

    @PostMapping("/portfolios/{id}/sections/{sectionId}/revisions/{revisionId}/restore")
    String restore(@PathVariable UUID id, @PathVariable UUID sectionId, @PathVariable UUID revisionId, Authentication who,
                   RedirectAttributes flash) {
        Portfolio portfolio = access.portfolio(who, Action.EDIT, id);
        PortfolioSection section = access.section(portfolio, sectionId);
        SectionRevision revision = service.revision(sectionId, revisionId)
                .orElseThrow(() -> new NotPermittedException("revision", revisionId));
        service.restore(PortfolioAccess.personId(who), section, revision);
        flash.addFlashAttribute("notice", "The revision has been restored. What was there before is kept in the history.");
        return "redirect:/portfolios/" + id + "/sections/" + sectionId;
    }
}
