package org.waymark.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.account.internal.PasswordRule;
import org.waymark.account.internal.SignUp;
import org.waymark.account.web.Forms.SignUpForm;

@Controller
class SignUpController {

    static final String EMAIL_TAKEN = "An account already uses this email address. Sign in, or reset your password if you have forgotten it.";

    private final SignUp signUp;
    private final AutomaticSignIn automaticSignIn;

    SignUpController(SignUp signUp, AutomaticSignIn automaticSignIn) {
        this.signUp = signUp;
        this.automaticSignIn = automaticSignIn;
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
    String signUp(@Valid @ModelAttribute("signUp") SignUpForm form, BindingResult result, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("password") && PasswordRule.problem(form.password(), form.email()) != null) {
            result.rejectValue("password", "password.rule", PasswordRule.problem(form.password(), form.email()));
        }
        if (!result.hasErrors()) {
            try {
                signUp.register(form.name(), form.email(), form.password());
            } catch (SignUp.EmailTakenException | DuplicateKeyException e) {
                result.rejectValue("email", "email.taken", EMAIL_TAKEN);
            }
        }
        if (result.hasErrors()) {
            return "account/sign-up";
        }
        automaticSignIn.signIn(form.email(), request, response);
        redirect.addFlashAttribute("notice", "Your account has been created. We have sent a link to "
                + form.email().strip() + ": open it to confirm your email address.");
        return "redirect:/account";
    }
}
