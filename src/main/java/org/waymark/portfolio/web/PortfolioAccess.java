package org.waymark.portfolio.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.internal.Portfolio;
import org.waymark.portfolio.internal.PortfolioSection;
import org.waymark.portfolio.internal.PortfolioService;
import org.waymark.portfolio.internal.SectionToSave;

/** Loads a portfolio (and a section of it) only for someone allowed to do the action; 404 for everyone else. */
@Component
class PortfolioAccess {

    private final PortfolioService service;
    private final Permissions permissions;

    PortfolioAccess(PortfolioService service, Permissions permissions) {
        this.service = service;
        this.permissions = permissions;
    }

    /** One statement reads the portfolio and decides the permission ({@link Permissions#condition}). */
    Portfolio portfolio(Authentication who, Action action, UUID portfolioId) {
        return service.findPortfolio(who, action, portfolioId)
                .orElseThrow(() -> new NotPermittedException(Portfolios.OBJECT_TYPE, portfolioId));
    }

    PortfolioSection section(Portfolio portfolio, UUID sectionId) {
        return service.section(portfolio.getId(), sectionId)
                .orElseThrow(() -> new NotPermittedException("section", sectionId));
    }

    /**
     * The section of this portfolio as a save reads it, only for someone allowed to edit the portfolio; 404 for everyone
     * else and for a section of another portfolio. One statement ({@link PortfolioService#findSectionToSave}).
     */
    SectionToSave sectionToSave(Authentication who, UUID portfolioId, UUID sectionId) {
        return service.findSectionToSave(who, portfolioId, sectionId)
                .orElseThrow(() -> new NotPermittedException(Portfolios.OBJECT_TYPE, portfolioId));
    }

    boolean mayEdit(Authentication who, Portfolio portfolio) {
        return permissions.may(who, Action.EDIT, Portfolios.OBJECT_TYPE, portfolio.getId());
    }

    /** The administrators' list of every portfolio. */
    boolean mayViewAll(Authentication who) {
        return permissions.may(who, Action.VIEW_ALL_PORTFOLIOS);
    }

    static UUID personId(Authentication who) {
        return UUID.fromString(who.getName());
    }
}
