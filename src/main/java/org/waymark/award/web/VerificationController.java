package org.waymark.award.web;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.access.NotPermittedException;
import org.waymark.award.Award;
import org.waymark.award.Awards;
import org.waymark.award.internal.AwardService;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.platform.UkTime;

/**
 * Public verification of an award, for anyone (an employer, a conference organiser) with no account: by the
 * certificate's verification address, or by typing its number. Shows the holder's name, the award, its number, the
 * date and whether it is valid, lapsed or revoked; nothing private (no email, no portfolio, no reason for a revocation).
 */
@Controller
class VerificationController {

    private static final Pattern NUMBER = Pattern.compile("CMALT-\\d{4}-\\d{5}");

    private final AwardService awards;
    private final FrameworkCatalogue catalogue;
    private final UkTime ukTime;

    VerificationController(AwardService awards, FrameworkCatalogue catalogue, UkTime ukTime) {
        this.awards = awards;
        this.catalogue = catalogue;
        this.ukTime = ukTime;
    }

    @GetMapping("/verify")
    String lookup(@RequestParam(required = false) String number, Model model) {
        model.addAttribute("number", number == null ? "" : number);
        model.addAttribute("errors", Map.of());
        if (number == null) {
            return "award/verify-lookup";
        }
        String typed = number.strip().toUpperCase(java.util.Locale.ROOT);
        if (typed.isEmpty()) {
            model.addAttribute("errors", Map.of("number", "Enter the certificate number, such as CMALT-2026-00042"));
        } else if (!NUMBER.matcher(typed).matches()) {
            model.addAttribute("errors", Map.of("number",
                    "Enter the certificate number as it is printed: CMALT, the year and five digits, such as CMALT-2026-00042"));
        } else {
            return awards.byNumber(typed).map(a -> "redirect:/verify/" + a.verificationToken()).orElseGet(() -> {
                model.addAttribute("errors", Map.of("number",
                        "No certificate has the number " + typed + ". Check it against the certificate."));
                return "award/verify-lookup";
            });
        }
        return "award/verify-lookup";
    }

    @GetMapping("/verify/{token}")
    String verify(@PathVariable String token, Model model) {
        Award award = awards.byToken(token).orElseThrow(() -> new NotPermittedException(Awards.OBJECT_TYPE, null));
        model.addAttribute("award", award);
        model.addAttribute("standing", award.standing(awards.today()));
        model.addAttribute("pathway", catalogue.current().findPathway(award.pathwayKey()).orElse(null));
        model.addAttribute("revokedOn", award.revokedAt() == null ? null : ukTime.date(award.revokedAt()));
        return "award/verify";
    }
}
