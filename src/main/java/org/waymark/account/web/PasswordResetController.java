package org.waymark.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.account.internal.AccountTokens;
import org.waymark.account.internal.PasswordReset;
import org.waymark.account.internal.PasswordRule;
import org.waymark.account.web.Forms.EmailForm;
import org.waymark.account.web.Forms.ResetPasswordForm;

@Controller
class PasswordResetController {

    private final PasswordReset reset;

    PasswordResetController(PasswordReset reset) {
        this.reset = reset;
    }

    @ModelAttribute("passwordHint")
    String passwordHint() {
        return PasswordRule.HINT;
    }

    @GetMapping("/forgot-password")
    String forgotten(Model model) {
        model.addAttribute("forgotten", new EmailForm(null));
        return "account/forgot-password";
    }

    /** Answers the same whether or not there is an account, so the page tells no one who has one. */
    @PostMapping("/forgot-password")
    String sendLink(@Valid @ModelAttribute("forgotten") EmailForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return "account/forgot-password";
        }
        reset.request(form.email());
        model.addAttribute("email", form.email().strip());
        return "account/forgot-password-sent";
    }

    @GetMapping("/reset-password")
    String form(@RequestParam(required = false) String token, Model model) {
        AccountTokens.Check check = reset.check(token);
        if (!check.usable()) {
            model.addAttribute("status", check.status().name());
            return "account/reset-link-problem";
        }
        model.addAttribute("reset", new ResetPasswordForm(token, null));
        return "account/reset-password";
    }

    @PostMapping("/reset-password")
    String reset(@Valid @ModelAttribute("reset") ResetPasswordForm form, BindingResult result, Model model,
                 HttpServletRequest request) {
        AccountTokens.Check check = reset.check(form.token());
        if (!check.usable()) {
            model.addAttribute("status", check.status().name());
            return "account/reset-link-problem";
        }
        if (!result.hasFieldErrors("password") && PasswordRule.problem(form.password(), reset.emailFor(check)) != null) {
            result.rejectValue("password", "password.rule", PasswordRule.problem(form.password(), reset.emailFor(check)));
        }
        if (result.hasErrors()) {
            return "account/reset-password";
        }
        HttpSession session = request.getSession(false);
        if (!reset.reset(form.token(), form.password(), session == null ? null : session.getId())) {
            model.addAttribute("status", AccountTokens.Status.USED.name());
            return "account/reset-link-problem";
        }
        return "redirect:/sign-in?passwordReset";
    }
}
