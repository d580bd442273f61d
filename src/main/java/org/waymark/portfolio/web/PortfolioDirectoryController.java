package org.waymark.portfolio.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.account.People;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.portfolio.PortfolioOverview;
import org.waymark.portfolio.internal.PortfolioOverviews;
import org.waymark.web.Pagination;

/**
 * Administrators: every portfolio with its owner, searched by the owner's name or email and by pathway, a page at
 * a time. The owners are found and named through the account module, in one query each way, never per row.
 */
@Controller
class PortfolioDirectoryController {

    static final int PAGE_SIZE = 25;
    /** A search matching more people than this shows their portfolios only, and says to search more precisely. */
    static final int MOST_OWNERS_MATCHED = 500;

    /** One row of the list: the portfolio and who owns it (null if the account is gone). */
    record Row(PortfolioOverview portfolio, People.Name owner) {
    }

    private final PortfolioOverviews overviews;
    private final People people;
    private final FrameworkCatalogue catalogue;

    PortfolioDirectoryController(PortfolioOverviews overviews, People people, FrameworkCatalogue catalogue) {
        this.overviews = overviews;
        this.people = people;
        this.catalogue = catalogue;
    }

    @GetMapping("/admin/portfolios")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String pathway,
                @RequestParam(defaultValue = "1") int page, Model model) {
        String text = q == null || q.isBlank() ? null : q.strip();
        Map<String, String> pathways = pathwayNames();
        String pathwayKey = pathway != null && pathways.containsKey(pathway) ? pathway : null;
        List<UUID> owners = text == null ? null : people.idsMatching(text, MOST_OWNERS_MATCHED);

        PortfolioOverviews.Listing first = overviews.page(owners, pathwayKey, (long) (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
        int shown = Pagination.clamp(page, first.total(), PAGE_SIZE);
        PortfolioOverviews.Listing listing = shown == Math.max(page, 1) ? first
                : overviews.page(owners, pathwayKey, (long) (shown - 1) * PAGE_SIZE, PAGE_SIZE);

        Map<UUID, People.Name> names = people.names(listing.portfolios().stream().map(PortfolioOverview::ownerId).toList());
        List<Row> rows = new ArrayList<>();
        listing.portfolios().forEach(p -> rows.add(new Row(p, names.get(p.ownerId()))));

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", text);
        filters.put("pathway", pathwayKey);
        model.addAttribute("q", text);
        model.addAttribute("pathway", pathwayKey);
        model.addAttribute("pathways", pathways);
        model.addAttribute("rows", rows);
        model.addAttribute("filtered", text != null || pathwayKey != null);
        model.addAttribute("tooManyOwners", owners != null && owners.size() >= MOST_OWNERS_MATCHED);
        model.addAttribute("pagination", Pagination.of("/admin/portfolios", filters, shown, listing.total(), PAGE_SIZE));
        return "admin/portfolios";
    }

    /** Every pathway of every framework version, by key, with its current name. */
    private Map<String, String> pathwayNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Pathway p : catalogue.current().pathways()) {
            names.put(p.key(), p.name());
        }
        for (Framework framework : catalogue.all()) {
            framework.pathways().forEach(p -> names.putIfAbsent(p.key(), p.name()));
        }
        return names;
    }
}
