package org.waymark.award.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.NotPermittedException;
import org.waymark.award.Award;
import org.waymark.award.Awards;
import org.waymark.award.internal.AwardService;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.platform.Links;

/**
 * Administrators' awards: find one by number or holder, revoke it with a reason (the verification page says so from
 * then on), reissue its certificate under a new name, or record a year's membership fee (the holder gets a receipt).
 * All are version-checked and audited.
 */
@Controller
class AwardAdminController {

    static final int PAGE = 50;

    private final AwardService awards;
    private final FrameworkCatalogue catalogue;
    private final Links links;

    AwardAdminController(AwardService awards, FrameworkCatalogue catalogue, Links links) {
        this.awards = awards;
        this.catalogue = catalogue;
        this.links = links;
    }

    @GetMapping("/admin/awards")
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("awards", awards.search(q, PAGE, 0));
        model.addAttribute("today", awards.today());
        model.addAttribute("pathwayNames", catalogue.current().pathways().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.key(), p -> p.name())));
        return "admin/awards";
    }

    @GetMapping("/admin/awards/{id}")
    String show(@PathVariable UUID id, Model model) {
        Award award = award(id);
        return page(model, award, Map.of(), "", award.holderName());
    }

    @PostMapping("/admin/awards/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "false") boolean confirm, Authentication who, Model model,
                  RedirectAttributes redirect) {
        Award award = award(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (award.revoked()) {
            errors.put("reason", "This award was revoked already.");
        } else if (reason.isBlank()) {
            errors.put("reason", "Say why the award is revoked: the holder is told");
        } else if (reason.strip().length() > 2000) {
            errors.put("reason", "Keep the reason to 2,000 characters");
        } else if (!confirm) {
            errors.put("confirm", "Tick the box to confirm: a revoked award cannot be restored here");
        }
        if (!errors.isEmpty()) {
            return page(model, award, errors, reason, award.holderName());
        }
        try {
            awards.revoke(UUID.fromString(who.getName()), id, version, reason);
        } catch (AwardService.ChangedMeanwhile e) {
            return page(model, award(id), Map.of("reason", "Someone changed this award while you were writing: check it, then revoke again."),
                    reason, award.holderName());
        }
        redirect.addFlashAttribute("notice", award.certificateNumber() + " has been revoked.");
        return "redirect:/admin/awards/" + id;
    }

    @PostMapping("/admin/awards/{id}/reissue")
    String reissue(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String holderName,
                   Authentication who, Model model, RedirectAttributes redirect) {
        Award award = award(id);
        Map<String, String> errors = new LinkedHashMap<>();
        if (holderName.isBlank()) {
            errors.put("holderName", "Enter the name to print on the certificate");
        } else if (holderName.strip().length() > 200) {
            errors.put("holderName", "Keep the name to 200 characters");
        } else if (holderName.strip().equals(award.holderName())) {
            errors.put("holderName", "The certificate already has this name: enter the new one");
        }
        if (!errors.isEmpty()) {
            return page(model, award, errors, "", holderName);
        }
        try {
            awards.reissue(UUID.fromString(who.getName()), id, version, holderName);
        } catch (AwardService.ChangedMeanwhile e) {
            return page(model, award(id), Map.of("holderName", "Someone changed this award while you were writing: check it, then reissue again."),
                    "", holderName);
        }
        redirect.addFlashAttribute("notice", "The certificate " + award.certificateNumber() + " has been reissued to "
                + holderName.strip() + ".");
        return "redirect:/admin/awards/" + id;
    }

    @PostMapping("/admin/awards/{id}/payment")
    String recordPayment(@PathVariable UUID id, @RequestParam long version,
                         @RequestParam(defaultValue = "false") boolean confirmPayment, Authentication who, Model model,
                         RedirectAttributes redirect) {
        Award award = award(id);
        if (award.revoked()) {
            return page(model, award, Map.of("confirmPayment", "This award was revoked: no membership fee is due."), "",
                    award.holderName());
        }
        if (!confirmPayment) {
            return page(model, award, Map.of("confirmPayment", "Tick the box to confirm the fee has been received"), "",
                    award.holderName());
        }
        Award paid;
        try {
            paid = awards.recordPayment(UUID.fromString(who.getName()), id, version);
        } catch (AwardService.ChangedMeanwhile e) {
            return page(model, award(id), Map.of("confirmPayment",
                    "Someone changed this award meanwhile (a payment may have been recorded already): check it, then record the payment again."),
                    "", award.holderName());
        }
        redirect.addFlashAttribute("notice", "Payment recorded: " + award.certificateNumber() + " is paid until "
                + paid.membershipPaidUntil().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                + ". The holder has been sent a receipt.");
        return "redirect:/admin/awards/" + id;
    }

    private String page(Model model, Award award, Map<String, String> errors, String reason, String holderName) {
        model.addAttribute("award", award);
        model.addAttribute("standing", award.standing(awards.today()));
        model.addAttribute("pathway", catalogue.current().findPathway(award.pathwayKey()).orElse(null));
        model.addAttribute("verifyUrl", links.absolute("/verify/" + award.verificationToken()));
        model.addAttribute("errors", errors);
        model.addAttribute("reason", reason);
        model.addAttribute("holderName", holderName);
        return "admin/award";
    }

    private Award award(UUID id) {
        return awards.find(id).orElseThrow(() -> new NotPermittedException(Awards.OBJECT_TYPE, id));
    }
}
