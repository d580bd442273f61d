package org.waymark.portfolio.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.portfolio.evidence.EvidenceKind;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.portfolio.evidence.EvidenceRefusedException;
import org.waymark.portfolio.evidence.EvidenceSummary;
import org.waymark.portfolio.evidence.internal.LinkCheck;
import org.waymark.portfolio.internal.Checklist;
import org.waymark.portfolio.internal.PortfolioService;
import org.waymark.web.FileDownload;

/**
 * A portfolio's evidence: list, add (file or link), change, delete after confirmation, download. Every request
 * checks the person's permission on the portfolio, and that the item belongs to it; both fail as 404.
 */
@Controller
@RequestMapping("/portfolios/{portfolioId}/evidence")
class EvidenceController {

    static final String PORTFOLIO = "portfolio";
    /** The order fields appear in on the page, so the error summary follows it. */
    private static final List<String> FIELDS = List.of("kind", "file", "url", "title", "description", "accessibleText",
            "permissionConfirmed");

    private final EvidenceLibrary library;
    private final Permissions permissions;
    private final PortfolioService portfolios;

    EvidenceController(EvidenceLibrary library, Permissions permissions, PortfolioService portfolios) {
        this.library = library;
        this.permissions = permissions;
        this.portfolios = portfolios;
    }

    @GetMapping
    String list(@PathVariable UUID portfolioId, Authentication who, Model model) {
        permissions.check(who, Action.VIEW, PORTFOLIO, portfolioId);
        Map<UUID, List<String>> usedIn = sectionsUsing(portfolioId);
        model.addAttribute("portfolioId", portfolioId);
        model.addAttribute("items", library.list(portfolioId).stream()
                .map(item -> new Listed(item, usedIn.getOrDefault(item.id(), List.of()),
                        EvidenceLibrary.accessibleTextMissing(item.contentType(), item.accessibleText()).isPresent()))
                .toList());
        model.addAttribute("mayEdit", permissions.may(who, Action.EDIT, PORTFOLIO, portfolioId));
        return "evidence/list";
    }

    /** One row of the list: the item, the headings of the sections that link it, and what it still lacks. */
    record Listed(EvidenceSummary item, List<String> sections, boolean accessibleTextMissing) {
        public boolean permissionMissing() {
            return !item.permissionConfirmed();
        }
    }

    /** Evidence id to the headings of the sections that link it, in the portfolio's order. */
    private Map<UUID, List<String>> sectionsUsing(UUID portfolioId) {
        Map<UUID, List<String>> usedIn = new LinkedHashMap<>();
        portfolios.findPortfolio(portfolioId).ifPresent(portfolio -> {
            for (Checklist.Item entry : portfolios.checklist(portfolio).sections()) {
                for (UUID evidenceId : portfolios.linkedEvidence(entry.section().getId())) {
                    usedIn.computeIfAbsent(evidenceId, id -> new ArrayList<>()).add(entry.heading());
                }
            }
        });
        return usedIn;
    }

    @GetMapping("/new")
    String newItem(@PathVariable UUID portfolioId, Authentication who, Model model) {
        permissions.check(who, Action.EDIT, PORTFOLIO, portfolioId);
        return form(model, portfolioId, null, EvidenceForm.empty(), Map.of());
    }

    @PostMapping
    String add(@PathVariable UUID portfolioId, @Valid @ModelAttribute("form") EvidenceForm form, BindingResult binding,
               @RequestParam(name = "file", required = false) MultipartFile file, Authentication who, Model model,
               RedirectAttributes redirect) {
        permissions.check(who, Action.EDIT, PORTFOLIO, portfolioId);
        Map<String, String> errors = errors(binding);
        if (form.kind() == null) {
            errors.putIfAbsent("kind", "Select whether you are adding a file or a web link");
        } else if (form.kind() == EvidenceKind.FILE && (file == null || file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            errors.putIfAbsent("file", "Select a file");
        } else if (form.kind() == EvidenceKind.FILE && !errors.isEmpty()) {
            // The file's own problems (its type, missing alternative text) with the others, not after them.
            library.fileProblems(file.getOriginalFilename(), file.getSize(), file, form.accessibleText())
                    .forEach(errors::putIfAbsent);
        } else if (form.kind() == EvidenceKind.LINK) {
            // Check the address with the other fields, so every problem is listed at once, not one after another.
            try {
                LinkCheck.check(form.url());
            } catch (EvidenceRefusedException refused) {
                errors.putIfAbsent(refused.field(), refused.getMessage());
            }
        }
        if (errors.isEmpty()) {
            try {
                EvidenceSummary added = form.kind() == EvidenceKind.FILE
                        ? library.addFile(portfolioId, person(who), file.getOriginalFilename(), file.getSize(), file, form.details())
                        : library.addLink(portfolioId, person(who), form.url(), form.details());
                redirect.addFlashAttribute("done", "Evidence added: " + added.title());
                return "redirect:/portfolios/{portfolioId}/evidence";
            } catch (EvidenceRefusedException refused) {
                errors.put(refused.field(), refused.getMessage());
            }
        }
        return form(model, portfolioId, null, form, errors);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID portfolioId, @PathVariable UUID id, Authentication who, Model model) {
        EvidenceSummary item = item(who, Action.EDIT, portfolioId, id);
        return form(model, portfolioId, item, EvidenceForm.of(item), Map.of());
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID portfolioId, @PathVariable UUID id, @Valid @ModelAttribute("form") EvidenceForm form,
                  BindingResult binding, Authentication who, Model model, RedirectAttributes redirect) {
        EvidenceSummary item = item(who, Action.EDIT, portfolioId, id);
        Map<String, String> errors = errors(binding);
        errors.remove("kind");
        if (item.kind() == EvidenceKind.FILE) {
            EvidenceLibrary.accessibleTextMissing(item.contentType(), form.accessibleText())
                    .ifPresent(needed -> errors.putIfAbsent("accessibleText", needed));
        }
        if (errors.isEmpty()) {
            try {
                EvidenceSummary updated = library.update(id, person(who), form.details(), form.url());
                redirect.addFlashAttribute("done", "Evidence changed: " + updated.title());
                return "redirect:/portfolios/{portfolioId}/evidence";
            } catch (EvidenceRefusedException refused) {
                errors.put(refused.field(), refused.getMessage());
            }
        }
        return form(model, portfolioId, item, form, errors);
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable UUID portfolioId, @PathVariable UUID id, Authentication who, Model model) {
        model.addAttribute("item", item(who, Action.EDIT, portfolioId, id));
        model.addAttribute("portfolioId", portfolioId);
        return "evidence/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID portfolioId, @PathVariable UUID id, Authentication who, RedirectAttributes redirect) {
        EvidenceSummary item = item(who, Action.EDIT, portfolioId, id);
        library.delete(id, person(who));
        redirect.addFlashAttribute("done", "Evidence deleted: " + item.title());
        return "redirect:/portfolios/{portfolioId}/evidence";
    }

    /** Always an attachment with its checked type, never shown inline: the browser must not run or sniff it. */
    @GetMapping("/{id}/file")
    Object download(@PathVariable UUID portfolioId, @PathVariable UUID id, Authentication who, Model model) {
        EvidenceSummary item = item(who, Action.VIEW, portfolioId, id);
        if (item.kind() != EvidenceKind.FILE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        InputStream content;
        try {
            content = library.openFile(id);
        } catch (IOException e) {
            // Recorded but not in this node's store: most likely a node that does not mount the shared folder.
            log.error("Evidence file {} of portfolio {} is missing from the store: {}", id, portfolioId, e.toString());
            model.addAttribute("portfolioId", portfolioId);
            model.addAttribute("item", item);
            return new ModelAndView("evidence/file-missing", model.asMap(), HttpStatus.NOT_FOUND);
        }
        return FileDownload.of(item.fileName(), item.contentType(), item.sizeBytes(), content);
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EvidenceController.class);

    private EvidenceSummary item(Authentication who, Action action, UUID portfolioId, UUID id) {
        permissions.check(who, action, PORTFOLIO, portfolioId);
        return library.find(id).filter(item -> item.portfolioId().equals(portfolioId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, UUID portfolioId, EvidenceSummary item, EvidenceForm form, Map<String, String> errors) {
        model.addAttribute("portfolioId", portfolioId);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", ordered(errors));
        model.addAttribute("maxFileSize", library.maxFileSize());
        model.addAttribute("maxFileBytes", library.maxFileBytes());
        return "evidence/form";
    }

    private static Map<String, String> errors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), switch (error.getField()) {
            case "kind" -> "Select whether you are adding a file or a web link";
            case "permissionConfirmed" -> "Confirm that the evidence is anonymised or used with permission";
            default -> error.getDefaultMessage();
        }));
        return errors;
    }

    static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        });
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static UUID person(Authentication who) {
        return UUID.fromString(who.getName());
    }
}
