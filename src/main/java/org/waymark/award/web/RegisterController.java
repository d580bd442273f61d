package org.waymark.award.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.assessment.AssessorProfile;
import org.waymark.assessment.Assessors;
import org.waymark.award.Award;
import org.waymark.award.Awards;
import org.waymark.award.Listing;
import org.waymark.award.internal.AwardService;
import org.waymark.award.internal.Register;
import org.waymark.award.internal.RegisterQuery;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.web.Pagination;

/**
 * The portfolio register: the public search at {@code /register}, and each holder's choice of how an award is
 * listed at {@code /awards/{id}/register} (only the holder, as the award's owner, may change it).
 */
@Controller
class RegisterController {

    private final Register register;
    private final AwardService awards;
    private final Assessors assessors;
    private final Permissions permissions;
    private final FrameworkCatalogue catalogue;

    RegisterController(Register register, AwardService awards, Assessors assessors, Permissions permissions,
                       FrameworkCatalogue catalogue) {
        this.register = register;
        this.awards = awards;
        this.assessors = assessors;
        this.permissions = permissions;
        this.catalogue = catalogue;
    }

    @ModelAttribute("pathwayNames")
    Map<String, String> pathwayNames() {
        return catalogue.current().pathways().stream()
                .collect(Collectors.toMap(p -> p.key(), p -> p.name(), (a, b) -> a, LinkedHashMap::new));
    }

    @GetMapping("/register")
    String search(@RequestParam(defaultValue = "") String specialism, @RequestParam(defaultValue = "") String sector,
                  @RequestParam(defaultValue = "") String jobRole, @RequestParam(defaultValue = "") String pathway,
                  @RequestParam(defaultValue = "1") int page, Authentication who, Model model) {
        String pathwayKey = pathwayNames().containsKey(pathway) ? pathway : "";
        RegisterQuery.Criteria criteria = new RegisterQuery.Criteria(specialism, sector, jobRole, pathwayKey);
        boolean member = register.certifiedMember(personId(who));
        Register.Results results = register.search(criteria, member, page);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("specialism", specialism.strip());
        filters.put("sector", sector.strip());
        filters.put("jobRole", jobRole.strip());
        filters.put("pathway", pathwayKey);
        model.addAttribute("criteria", filters);
        model.addAttribute("searched", !criteria.isEmpty());
        model.addAttribute("results", results);
        model.addAttribute("pagination", Pagination.of("/register", filters, results.page(),
                Math.min(results.matched(), Register.COUNT_CAP), Register.PAGE_SIZE));
        return "award/register";
    }

    @GetMapping("/awards/{id}/register")
    String form(@PathVariable UUID id, Authentication who, Model model) {
        Award award = ownAward(id, who);
        Listing listing = register.listing(id);
        ListingForm form = ListingForm.of(listing);
        if (listing.visibility() == Listing.Visibility.NOT_LISTED && listing.specialisms().isEmpty()) {
            // Not chosen yet: start from the specialisms of the holder's assessor profile, if they have one.
            List<String> known = assessors.find(award.holderId()).map(AssessorProfile::specialisms).orElse(List.of());
            form = new ListingForm(form.visibility(), String.join("\n", known), form.sector(), form.jobRole(), form.portfolioUrl());
        }
        return page(model, award, form, Map.of());
    }

    @PostMapping("/awards/{id}/register")
    String choose(@PathVariable UUID id, @ModelAttribute ListingForm form, Authentication who, Model model,
                  RedirectAttributes redirect) {
        Award award = ownAward(id, who);
        Map<String, String> problems = form.problems();
        if (!problems.isEmpty()) {
            return page(model, award, form, problems);
        }
        Listing listing = form.toListing();
        awards.chooseListing(award.holderId(), id, listing);
        redirect.addFlashAttribute("notice", switch (listing.visibility()) {
            case PUBLIC -> award.certificateNumber() + " is listed on the register for anyone to find.";
            case MEMBERS -> award.certificateNumber() + " is listed on the register for signed-in certified members.";
            case NOT_LISTED -> award.certificateNumber() + " is not listed on the register.";
        });
        return "redirect:/awards";
    }

    private String page(Model model, Award award, ListingForm form, Map<String, String> problems) {
        model.addAttribute("award", award);
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        model.addAttribute("visibilities", Listing.Visibility.values());
        model.addAttribute("fields", ListingForm.FIELDS);
        return "award/listing";
    }

    /** The holder's own award that is not revoked; anyone else (administrators too) is told it does not exist. */
    private Award ownAward(UUID id, Authentication who) {
        permissions.check(who, Action.EDIT, Awards.OBJECT_TYPE, id);
        Award award = awards.find(id).filter(a -> !a.revoked())
                .orElseThrow(() -> new NotPermittedException(Awards.OBJECT_TYPE, id));
        if (!award.holderId().equals(personId(who))) {
            throw new NotPermittedException(Awards.OBJECT_TYPE, id);
        }
        return award;
    }

    private static UUID personId(Authentication who) {
        if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return UUID.fromString(who.getName());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
