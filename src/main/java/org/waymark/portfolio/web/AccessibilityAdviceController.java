package org.waymark.portfolio.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.access.Action;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.portfolio.internal.AccessibilityAdvice;
import org.waymark.portfolio.internal.Portfolio;
import org.waymark.portfolio.internal.PortfolioService;

/**
 * The candidate's accessibility check of their own portfolio: suggestions grouped by section, each linking to the
 * place to change it. Advice only; it never stops a submission. Whoever may view the portfolio may see it.
 */
@Controller
class AccessibilityAdviceController {

    private final PortfolioService service;
    private final PortfolioAccess access;
    private final EvidenceLibrary evidence;

    AccessibilityAdviceController(PortfolioService service, PortfolioAccess access, EvidenceLibrary evidence) {
        this.service = service;
        this.access = access;
        this.evidence = evidence;
    }

    @GetMapping("/portfolios/{id}/accessibility")
    String check(@PathVariable UUID id, Authentication who, Model model) {
        Portfolio portfolio = access.portfolio(who, Action.VIEW, id);
        AccessibilityAdvice advice = AccessibilityAdvice.of(id, service.checklist(portfolio), evidence.list(id));
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("pathway", service.pathway(portfolio));
        model.addAttribute("advice", advice);
        model.addAttribute("canEdit", access.mayEdit(who, portfolio));
        return "portfolio/accessibility";
    }
}
