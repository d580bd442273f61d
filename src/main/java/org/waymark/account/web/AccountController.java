package org.waymark.account.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.account.internal.AccountSettings;
import org.waymark.account.internal.EmailVerification;
import org.waymark.account.internal.PasswordRule;
import org.waymark.account.internal.SignInThrottle;
import org.waymark.account.internal.SignInThrottle.TooManyAttemptsException;
import org.waymark.account.internal.Person;
import org.waymark.account.web.Forms.ChangeEmailForm;
import org.waymark.account.web.Forms.ChangePasswordForm;
import org.waymark.account.web.Forms.ProfileForm;

/** The signed-in person's own account: profile, password, email address. */
@Controller
@RequestMapping("/account")
class AccountController {

    static final List<String> SECTORS = List.of("Higher education", "Further education", "Schools",
            "Adult and community learning", "Work-based learning", "Public sector", "Commercial", "Charity or third sector",
            "Other");

    private final AccountSettings settings;
    private final EmailVerification verification;

    AccountController(AccountSettings settings, EmailVerification verification) {
        this.settings = settings;
        this.verification = verification;
    }

    @ModelAttribute
    void common(Authentication authentication, Model model) {
        Person person = settings.person(personId(authentication));
        model.addAttribute("person", person);
        model.addAttribute("sectors", SECTORS);
        model.addAttribute("passwordHint", PasswordRule.HINT);
    }

    @GetMapping
    String page(Model model) {
        return withForms(model);
    }

    /**
     * The page with the forms that were not posted filled from the database. The posted form is bound from the
     * request instead (forms are records: added here before binding, the old values would win).
     */
    private static String withForms(Model model) {
        Person person = (Person) model.getAttribute("person");
        if (!model.containsAttribute("profile")) {
            model.addAttribute("profile", new ProfileForm(person.getName(), person.getJobTitle(), person.getInstitution(),
                    person.getSector(), person.getYearsExperience() == null ? null : person.getYearsExperience().toString()));
        }
        if (!model.containsAttribute("changePassword")) {
            model.addAttribute("changePassword", new ChangePasswordForm(null, null));
        }
        if (!model.containsAttribute("changeEmail")) {
            model.addAttribute("changeEmail", new ChangeEmailForm(null, null));
        }
        return "account/account";
    }

    @PostMapping("/profile")
    String updateProfile(@Valid @ModelAttribute("profile") ProfileForm form, BindingResult result, Authentication authentication,
                         Model model, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("yearsExperience") && form.years() != null && form.years() > 60) {
            result.rejectValue("yearsExperience", "years.range", "Enter years of experience as a whole number from 0 to 60, like 5");
        }
        if (form.sector() != null && !form.sector().isBlank() && !SECTORS.contains(form.sector())) {
            result.rejectValue("sector", "sector.unknown", "Choose a sector from the list");
        }
        if (result.hasErrors()) {
            return withForms(model);
        }
        settings.updateProfile(personId(authentication), form.name(), form.jobTitle(), form.institution(), form.sector(),
                form.years());
        redirect.addFlashAttribute("notice", "Your profile has been saved.");
        return "redirect:/account";
    }

    @PostMapping("/password")
    String changePassword(@Valid @ModelAttribute("changePassword") ChangePasswordForm form, BindingResult result,
                          Authentication authentication, HttpSession session, HttpServletRequest request, Model model,
                          RedirectAttributes redirect) {
        Person person = (Person) model.getAttribute("person");
        if (!result.hasFieldErrors("newPassword") && PasswordRule.problem(form.newPassword(), person.getEmail()) != null) {
            result.rejectValue("newPassword", "password.rule", PasswordRule.problem(form.newPassword(), person.getEmail()));
        }
        try {
            if (!result.hasErrors() && !settings.changePassword(person.getId(), form.currentPassword(), form.newPassword(),
                    session.getId(), request.getRemoteAddr())) {
                result.rejectValue("currentPassword", "password.wrong", "Your current password is not right");
            }
        } catch (TooManyAttemptsException e) {
            result.rejectValue("currentPassword", "password.throttled", tooMany(e));
        }
        if (result.hasErrors()) {
            return withForms(model);
        }
        redirect.addFlashAttribute("notice", "Your password has been changed. You have been signed out everywhere else.");
        return "redirect:/account";
    }

    @PostMapping("/email")
    String changeEmail(@Valid @ModelAttribute("changeEmail") ChangeEmailForm form, BindingResult result,
                       Authentication authentication, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            if (!result.hasErrors()) {
                switch (settings.requestEmailChange(personId(authentication), form.emailPassword(), form.newEmail(),
                        request.getRemoteAddr())) {
                    case WRONG_PASSWORD -> result.rejectValue("emailPassword", "password.wrong", "Your password is not right");
                    case SAME_EMAIL -> result.rejectValue("newEmail", "email.same", "That is already your email address");
                    case EMAIL_TAKEN -> result.rejectValue("newEmail", "email.taken", "Another account already uses that email address");
                    case LINK_SENT -> { }
                }
            }
        } catch (TooManyAttemptsException e) {
            result.rejectValue("emailPassword", "password.throttled", tooMany(e));
        }
        if (result.hasErrors()) {
            return withForms(model);
        }
        redirect.addFlashAttribute("notice", "We have sent a link to " + form.newEmail().strip()
                + ". Your email address will change when you open it.");
        return "redirect:/account";
    }

    @PostMapping("/verification")
    String sendVerificationAgain(Authentication authentication, RedirectAttributes redirect) {
        boolean sent = verification.sendVerification(personId(authentication));
        redirect.addFlashAttribute("notice", sent ? "We have sent a new link. Earlier links no longer work."
                : "Your email address is already verified.");
        return "redirect:/account";
    }

    private static String tooMany(TooManyAttemptsException e) {
        return "Too many wrong passwords. Wait " + SignInThrottle.describe(e.getWait())
                + " before trying again, or sign out and reset your password";
    }

    static UUID personId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
