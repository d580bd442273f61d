package org.waymark.account.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import org.waymark.account.People;

/** Puts the signed-in person's name, and a reminder when their email is unverified, on every page. */
@ControllerAdvice
class CurrentPersonAdvice {

    private final People people;

    CurrentPersonAdvice(People people) {
        this.people = people;
    }

    @ModelAttribute
    void currentPerson(Authentication authentication, Model model,
                       @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx) {
        // htmx fragments (autosave answers) show no layout, so they need no person.
        if (htmx != null || authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        try {
            people.find(UUID.fromString(authentication.getName())).ifPresent(person -> {
                model.addAttribute("currentPerson", person);
                if (!person.emailVerified()) {
                    model.addAttribute("unverifiedEmail", person.email());
                }
            });
        } catch (IllegalArgumentException ignored) {
            // Test principals that are not person ids have no person behind them.
        }
    }
}
