package org.waymark.award.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.waymark.award.internal.AwardService;
import org.waymark.award.internal.Register;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.platform.Links;

/**
 * A holder's own awards: each with its verification address to share, its certificate to download and how it is
 * listed on the portfolio register.
 */
@Controller
class HolderAwardsController {

    private final AwardService awards;
    private final Register register;
    private final FrameworkCatalogue catalogue;
    private final Links links;

    HolderAwardsController(AwardService awards, Register register, FrameworkCatalogue catalogue, Links links) {
        this.awards = awards;
        this.register = register;
        this.catalogue = catalogue;
        this.links = links;
    }

    @GetMapping("/awards")
    String mine(Authentication who, Model model) {
        var held = awards.heldBy(UUID.fromString(who.getName()));
        model.addAttribute("awards", held);
        model.addAttribute("listings", held.stream().collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> register.listing(a.id()))));
        model.addAttribute("today", awards.today());
        model.addAttribute("pathwayNames", catalogue.current().pathways().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.key(), p -> p.name())));
        model.addAttribute("links", links);
        return "award/mine";
    }
}
