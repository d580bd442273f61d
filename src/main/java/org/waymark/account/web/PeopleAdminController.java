package org.waymark.account.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.account.Role;
import org.waymark.account.internal.PeopleAdministration;
import org.waymark.account.internal.PeopleAdministration.NotOnYourselfException;
import org.waymark.account.internal.Person;

/** Administrators: find people, change their roles, deactivate and reactivate them. */
@Controller
@RequestMapping("/admin/people")
class PeopleAdminController {

    private final PeopleAdministration administration;

    PeopleAdminController(PeopleAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("people", administration.search(q));
        return "admin/people";
    }

    @GetMapping("/{id}")
    String person(@PathVariable UUID id, Model model, Authentication authentication) {
        Person person = administration.person(id);
        model.addAttribute("person", person);
        model.addAttribute("roles", Role.values());
        model.addAttribute("self", id.equals(AccountController.personId(authentication)));
        return "admin/person";
    }

    @PostMapping("/{id}/roles")
    String changeRole(@PathVariable UUID id, @RequestParam Role role, @RequestParam boolean grant,
                      Authentication authentication, RedirectAttributes redirect) {
        Person person = administration.person(id);
        try {
            if (grant) {
                administration.grant(AccountController.personId(authentication), id, role);
                redirect.addFlashAttribute("notice", person.getName() + " is now " + article(role) + " " + role.displayName().toLowerCase() + ".");
            } else {
                administration.revoke(AccountController.personId(authentication), id, role);
                redirect.addFlashAttribute("notice", person.getName() + " is no longer " + article(role) + " " + role.displayName().toLowerCase() + ".");
            }
        } catch (NotOnYourselfException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/people/" + id;
    }

    /** Asks first: the confirmation is a page of its own, so it works without JavaScript. */
    @GetMapping("/{id}/deactivate")
    String confirmDeactivation(@PathVariable UUID id, Model model, Authentication authentication, RedirectAttributes redirect) {
        if (id.equals(AccountController.personId(authentication))) {
            redirect.addFlashAttribute("problem", "You cannot deactivate your own account. Ask another administrator.");
            return "redirect:/admin/people/" + id;
        }
        model.addAttribute("person", administration.person(id));
        return "admin/deactivate";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
        Person person = administration.person(id);
        try {
            administration.deactivate(AccountController.personId(authentication), id);
            redirect.addFlashAttribute("notice", person.getName() + " has been deactivated and signed out everywhere.");
        } catch (NotOnYourselfException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/people/" + id;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
        Person person = administration.person(id);
        administration.reactivate(AccountController.personId(authentication), id);
        redirect.addFlashAttribute("notice", person.getName() + " has been reactivated and can sign in again.");
        return "redirect:/admin/people/" + id;
    }

    private static String article(Role role) {
        return role == Role.ADMINISTRATOR || role == Role.ASSESSOR ? "an" : "a";
    }
}
