package org.waymark.account.web;

import jakarta.validation.Valid;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.waymark.account.internal.PasswordRule;
import org.waymark.account.internal.SignUp;
import org.waymark.account.web.Forms.SignUpForm;

/**
 * Creating an account. A valid form is always answered with the same "check your email" page, whether or not the
 * address already has an account (see {@link SignUp}); that is also why nobody is signed in straight away.
 */
@Controller
class SignUpController {

    private final SignUp signUp;

    SignUpController(SignUp signUp) {
        this.signUp = signUp;
    }

    @ModelAttribute("passwordHint")
    String passwordHint() {
        return PasswordRule.HINT;
    }

    @GetMapping("/sign-up")
    String form(Model model, Authentication authentication) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/account";
        }
        model.addAttribute("signUp", new SignUpForm(null, null, null));
        return "account/sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(@Valid @ModelAttribute("signUp") SignUpForm form, BindingResult result, Model model) {
        if (!result.hasFieldErrors("password") && PasswordRule.problem(form.password(), form.email()) != null) {
            result.rejectValue("password", "password.rule", PasswordRule.problem(form.password(), form.email()));
        }
        if (result.hasErrors()) {
            return "account/sign-up";
        }
        try {
            signUp.register(form.name(), form.email(), form.password());
        } catch (DuplicateKeyException e) {
            // Someone created an account with this address a moment ago: it has an owner, answer as always.
        }
        model.addAttribute("email", form.email().strip());
        return "account/sign-up-sent";
    }
}
