package org.waymark.registration.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.registration.internal.Fee;
import org.waymark.registration.internal.RegistrationService;

/** Administrators (RUN_SUBMISSIONS, by URL rule): the fee for each pathway and currency. */
@Controller
class FeeAdminController {

    private final RegistrationService service;
    private final FrameworkCatalogue catalogue;

    FeeAdminController(RegistrationService service, FrameworkCatalogue catalogue) {
        this.service = service;
        this.catalogue = catalogue;
    }

    record FeeForm(@NotBlank(message = "Choose the pathway") String pathway,
                   @NotBlank(message = "Enter the currency as a three-letter code, like GBP") String currency,
                   @NotBlank(message = "Enter the fee, like 195.00") String amount,
                   @Size(max = 500, message = "Keep the reason under 500 characters") String reason) {
    }

    @GetMapping("/admin/fees")
    String list(Model model) {
        model.addAttribute("fees", service.fees());
        model.addAttribute("pathways", pathwayNames());
        return "admin/fees";
    }

    @GetMapping("/admin/fees/edit")
    String edit(@RequestParam(required = false) String pathway, @RequestParam(required = false) String currency, Model model) {
        BigDecimal amount = pathway == null || currency == null ? null
                : service.fee(pathway, currency).map(Fee::amount).orElse(null);
        model.addAttribute("form", new FeeForm(pathway, currency == null ? "GBP" : currency,
                amount == null ? null : amount.toPlainString(), null));
        model.addAttribute("pathways", pathwayNames());
        return "admin/fees-edit";
    }

    @PostMapping("/admin/fees")
    String save(@Valid @ModelAttribute("form") FeeForm form, BindingResult errors, Authentication who, Model model,
                RedirectAttributes flash) {
        if (!errors.hasFieldErrors("pathway") && catalogue.current().findPathway(form.pathway()).isEmpty()) {
            errors.rejectValue("pathway", "unknown", "Choose the pathway");
        }
        String currency = form.currency() == null ? null : form.currency().strip().toUpperCase(Locale.ROOT);
        if (!errors.hasFieldErrors("currency") && !isoCurrency(currency)) {
            errors.rejectValue("currency", "unknown", "Enter the currency as a three-letter ISO 4217 code, like GBP or EUR");
        }
        BigDecimal amount = errors.hasFieldErrors("amount") ? null : amount(form.amount(), errors);
        if (errors.hasErrors()) {
            model.addAttribute("pathways", pathwayNames());
            return "admin/fees-edit";
        }
        service.changeFee(UUID.fromString(who.getName()), form.pathway(), currency, amount, form.reason());
        flash.addFlashAttribute("notice", "The " + service.pathwayName(form.pathway()) + " fee is now "
                + Fee.display(amount, currency) + ". Existing registrations keep the fee they were charged.");
        return "redirect:/admin/fees";
    }

    /** A positive amount with at most two decimal places (and at most 8 digits before the point), or null with the error. */
    private static BigDecimal amount(String typed, BindingResult errors) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(typed.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.rejectValue("amount", "number", "Enter the fee as a number, like 195.00");
            return null;
        }
        if (amount.signum() <= 0) {
            errors.rejectValue("amount", "positive", "The fee must be more than zero");
        } else if (amount.scale() > 2) {
            errors.rejectValue("amount", "scale", "Enter the fee with at most 2 decimal places, like 195.00");
        } else if (amount.precision() - amount.scale() > 8) {
            errors.rejectValue("amount", "size", "That fee is too large");
        } else {
            return amount.setScale(2);
        }
        return null;
    }

    private static boolean isoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Map<String, String> pathwayNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        catalogue.current().pathways().forEach(p -> names.put(p.key(), p.name()));
        return names;
    }
}
