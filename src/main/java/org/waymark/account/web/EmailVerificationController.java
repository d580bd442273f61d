package org.waymark.account.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.account.People;
import org.waymark.account.internal.EmailVerification;
import org.waymark.account.web.Forms.EmailForm;

/** The link in a verification or change-of-address email, and "send me a new link". */
@Controller
class EmailVerificationController {

    private final EmailVerification verification;
    private final People people;

    EmailVerificationController(EmailVerification verification, People people) {
        this.verification = verification;
        this.people = people;
    }

    /** Opening the link shows what it will do and a Confirm button; nothing is used until that is pressed. */
    @GetMapping("/verify-email")
    String open(@RequestParam(required = false) String token, Model model, Authentication authentication) {
        EmailVerification.Outcome outcome = verification.preview(token);
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("token", token);
        model.addAttribute("newLink", new EmailForm(signedInEmail(authentication)));
        return "account/verify-email";
    }

    @PostMapping("/verify-email/confirm")
    String verify(@RequestParam(required = false) String token, Model model, Authentication authentication) {
        EmailVerification.Outcome outcome = verification.verify(token);
        model.addAttribute("outcome", outcome.name());
        model.addAttribute("newLink", new EmailForm(signedInEmail(authentication)));
        return "account/verify-email";
    }

    @PostMapping("/verify-email")
    String newLink(@Valid @ModelAttribute("newLink") EmailForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            model.addAttribute("outcome", "NEW_LINK");
            return "account/verify-email";
        }
        verification.sendVerification(form.email());
        model.addAttribute("email", form.email().strip());
        return "account/verification-sent";
    }

    private String signedInEmail(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        try {
            return people.find(UUID.fromString(authentication.getName())).map(p -> p.email()).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
