package org.waymark.registration.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;
import org.waymark.account.People;
import org.waymark.registration.RegistrationStatus;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.internal.RegistrationRefusedException;
import org.waymark.registration.internal.RegistrationService;
import org.waymark.web.Pagination;

/** Administrators (RUN_SUBMISSIONS, by URL rule): every registration, and marking one paid or unpaid. */
@Controller
class RegistrationAdminController {

    static final int PAGE_SIZE = 25;

    private final RegistrationService service;
    private final People people;
    private final ZoneId zone;
    private final Clock clock;

    RegistrationAdminController(RegistrationService service, People people, ZoneId displayZone, Clock clock) {
        this.service = service;
        this.people = people;
        this.zone = displayZone;
        this.clock = clock;
    }

    /** How many people a name or email search may match: enough for any real name, bounded for the query. */
    static final int MOST_PEOPLE_MATCHED = 200;

    @GetMapping("/admin/registrations")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "1") int page, Model model) {
        RegistrationStatus wanted = parse(status);
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        RegistrationService.RegistrationPage found;
        int shown;
        if (text == null) {
            shown = Pagination.clamp(page, service.count(wanted), PAGE_SIZE);
            found = service.page(wanted, shown - 1, PAGE_SIZE);
        } else {
            var matchingPeople = people.idsMatching(text, MOST_PEOPLE_MATCHED);
            found = service.search(wanted, text, matchingPeople, Math.max(0, page - 1), PAGE_SIZE);
            shown = Pagination.clamp(page, found.total(), PAGE_SIZE);
            if (shown != page) { // past the last page (the list shrank): show the last
                found = service.search(wanted, text, matchingPeople, shown - 1, PAGE_SIZE);
            }
        }
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", wanted == null ? null : wanted.name());
        filters.put("q", text);
        model.addAttribute("status", wanted == null ? "" : wanted.name());
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("registrations", found.registrations().stream().map(this::view).toList());
        model.addAttribute("names", people.names(found.registrations().stream().map(RegistrationSummary::personId).toList()));
        model.addAttribute("pagination", Pagination.of("/admin/registrations", filters, shown, found.total(), PAGE_SIZE));
        return "admin/registrations";
    }

    @GetMapping("/admin/registrations/{id}")
    String show(@PathVariable UUID id, Model model) {
        RegistrationSummary r = registration(id);
        var details = service.details(id).orElseThrow();
        model.addAttribute("r", view(r));
        model.addAttribute("details", details);
        model.addAttribute("names", people.names(java.util.Arrays.asList(r.personId(), details.getPaidBy(), details.getCancelledBy())));
        return "admin/registration";
    }

    @PostMapping("/admin/registrations/{id}/paid")
    String markPaid(@PathVariable UUID id, @RequestParam(required = false) String note, Authentication who,
                    RedirectAttributes flash) {
        RegistrationSummary r = registration(id);
        try {
            RegistrationSummary paid = service.markPaid(UUID.fromString(who.getName()), id, trim(note));
            flash.addFlashAttribute("notice", r.reference() + " is marked paid. It is valid until "
                    + RegistrationView.date(paid.expiresAt(), zone) + ".");
        } catch (RegistrationRefusedException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/registrations/" + id;
    }

    @PostMapping("/admin/registrations/{id}/unpaid")
    String markUnpaid(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication who,
                      RedirectAttributes flash) {
        RegistrationSummary r = registration(id);
        try {
            service.markUnpaid(UUID.fromString(who.getName()), id, trim(reason));
            flash.addFlashAttribute("notice", r.reference() + " is marked unpaid.");
        } catch (RegistrationRefusedException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/registrations/" + id;
    }

    private RegistrationSummary registration(UUID id) {
        return service.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private RegistrationView view(RegistrationSummary r) {
        return RegistrationView.of(r, service, zone, clock.instant());
    }

    private static String trim(String s) {
        return s == null ? null : s.substring(0, Math.min(s.length(), 2000));
    }

    private static RegistrationStatus parse(String status) {
        try {
            return status == null || status.isBlank() ? null : RegistrationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
