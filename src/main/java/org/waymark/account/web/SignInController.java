package org.waymark.account.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                  @RequestParam(required = false) String passwordReset,
                  HttpSession session, Model model, Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/home";
        }
        if (error != null) {
            model.addAttribute("problem", session.getAttribute(AccountSessionKeys.LAST_PROBLEM));
            model.addAttribute("email", session.getAttribute(AccountSessionKeys.LAST_EMAIL));
            if (model.getAttribute("problem") == null) {
                model.addAttribute("problem", "Sign in did not work. Check your email and password and try again.");
            }
        }
        session.removeAttribute(AccountSessionKeys.LAST_PROBLEM);
        session.removeAttribute(AccountSessionKeys.LAST_EMAIL);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("passwordReset", passwordReset != null);
        return "sign-in";
    }
}
