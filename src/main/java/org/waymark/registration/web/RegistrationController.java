package org.waymark.registration.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.RegistrationSummary.Payer;
import org.waymark.registration.Registrations;
import org.waymark.registration.internal.RegistrationRefusedException;
import org.waymark.registration.internal.RegistrationService;

/** A candidate's registrations: the list, registering, the receipt, cancelling. Only the owner sees one (others: 404). */
@Controller
class RegistrationController {

    private final RegistrationService service;
    private final Permissions permissions;
    private final FrameworkCatalogue catalogue;
    private final ZoneId zone;
    private final Clock clock;

    RegistrationController(RegistrationService service, Permissions permissions, FrameworkCatalogue catalogue,
                           ZoneId displayZone, Clock clock) {
        this.service = service;
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.zone = displayZone;
        this.clock = clock;
    }

    /** {@code option} is "pathway/currency", one radio per fee. */
    record RegistrationForm(@NotBlank(message = "Choose the pathway you are registering for") String option,
                            @NotBlank(message = "Say who is paying the fee") String payer,
                            @Size(max = 200, message = "Keep the institution’s name under 200 characters") String institutionName,
                            @Size(max = 100, message = "Keep the purchase order reference under 100 characters") String purchaseOrder) {
    }

    /** A fee the candidate can choose, with the pathway it is for. */
    record Choice(String value, Pathway pathway, String fee) {
    }

    @GetMapping("/registrations")
    String list(Authentication who, Model model) {
        model.addAttribute("registrations", views(service.heldBy(personId(who))));
        return "registration/list";
    }

    @GetMapping("/registrations/new")
    String form(Model model) {
        model.addAttribute("form", new RegistrationForm(null, null, null, null));
        return formPage(model);
    }

    @PostMapping("/registrations")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Authentication who,
                    Model model, RedirectAttributes flash) {
        String[] option = form.option() == null ? new String[0] : form.option().split("/", 2);
        Payer payer = parsePayer(form.payer());
        if (!errors.hasFieldErrors("option") && (option.length != 2 || service.fee(option[0], option[1]).isEmpty()
                || catalogue.current().findPathway(option[0]).isEmpty())) {
            errors.rejectValue("option", "unknown", "Choose the pathway you are registering for");
        }
        if (!errors.hasFieldErrors("payer") && payer == null) {
            errors.rejectValue("payer", "unknown", "Say who is paying the fee");
        }
        if (payer == Payer.INSTITUTION) {
            if (blank(form.institutionName()) && !errors.hasFieldErrors("institutionName")) {
                errors.rejectValue("institutionName", "required", "Enter the name of the institution paying the fee");
            }
            if (blank(form.purchaseOrder()) && !errors.hasFieldErrors("purchaseOrder")) {
                errors.rejectValue("purchaseOrder", "required", "Enter the purchase order reference your institution gave you");
            }
        }
        if (!errors.hasErrors()) {
            try {
                RegistrationSummary r = service.register(personId(who), option[0], option[1], payer,
                        form.institutionName(), form.purchaseOrder());
                flash.addFlashAttribute("notice", "You are registered for " + service.pathwayName(r.pathwayKey())
                        + ". Your reference is " + r.reference() + ".");
                return "redirect:/registrations/" + r.id();
            } catch (RegistrationRefusedException e) {
                errors.rejectValue("option", "refused", e.getMessage());
            }
        }
        return formPage(model);
    }

    private String formPage(Model model) {
        List<Choice> choices = service.fees().stream()
                .filter(f -> catalogue.current().findPathway(f.pathway()).isPresent())
                .map(f -> new Choice(f.pathway() + "/" + f.currency(), catalogue.current().pathway(f.pathway()), f.display()))
                .toList();
        model.addAttribute("choices", choices);
        return "registration/new";
    }

    @GetMapping("/registrations/{id}")
    String receipt(@PathVariable UUID id, Authentication who, Model model) {
        RegistrationSummary r = owned(who, id);
        model.addAttribute("r", view(r));
        model.addAttribute("details", service.details(id).orElseThrow());
        return "registration/receipt";
    }

    @GetMapping("/registrations/{id}/cancel")
    String confirmCancel(@PathVariable UUID id, Authentication who, Model model, RedirectAttributes flash) {
        RegistrationSummary r = owned(who, id);
        if (!RegistrationService.cancellable(r)) {
            flash.addFlashAttribute("problem", notCancellable(r));
            return "redirect:/registrations/" + id;
        }
        model.addAttribute("r", view(r));
        return "registration/cancel";
    }

    @PostMapping("/registrations/{id}/cancel")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication who,
                  RedirectAttributes flash) {
        RegistrationSummary r = owned(who, id);
        try {
            service.cancel(personId(who), id, reason == null ? null : reason.substring(0, Math.min(reason.length(), 2000)));
            flash.addFlashAttribute("notice", "Registration " + r.reference() + " has been cancelled.");
        } catch (RegistrationRefusedException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/registrations/" + id;
    }

    private static String notCancellable(RegistrationSummary r) {
        return r.firstSubmittedAt() != null
                ? "This registration cannot be cancelled: a portfolio has been submitted on it."
                : "This registration has already been cancelled.";
    }

    private RegistrationSummary owned(Authentication who, UUID id) {
        permissions.check(who, Action.EDIT, Registrations.OBJECT_TYPE, id);
        return service.find(id).orElseThrow(() -> new org.waymark.access.NotPermittedException(Registrations.OBJECT_TYPE, id));
    }

    private RegistrationView view(RegistrationSummary r) {
        return RegistrationView.of(r, service, zone, clock.instant());
    }

    private List<RegistrationView> views(List<RegistrationSummary> list) {
        return list.stream().map(this::view).toList();
    }

    private static Payer parsePayer(String payer) {
        try {
            return payer == null ? null : Payer.valueOf(payer);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static UUID personId(Authentication who) {
        return UUID.fromString(who.getName());
    }
}
