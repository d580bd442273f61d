package org.waymark.award.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.waymark.award.internal.AwardService;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.platform.Links;

/** A holder's own awards: each with its verification address to share and its certificate to download. */
@Controller
class HolderAwardsController {

    private final AwardService awards;
    private final FrameworkCatalogue catalogue;
    private final Links links;

    HolderAwardsController(AwardService awards, FrameworkCatalogue catalogue, Links links) {
        this.awards = awards;
        this.catalogue = catalogue;
        this.links = links;
    }

    @GetMapping("/awards")
    String mine(Authentication who, Model model) {
        model.addAttribute("awards", awards.heldBy(UUID.fromString(who.getName())));
        model.addAttribute("today", awards.today());
        model.addAttribute("pathwayNames", catalogue.current().pathways().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.key(), p -> p.name())));
        model.addAttribute("links", links);
        return "award/mine";
    }
}
