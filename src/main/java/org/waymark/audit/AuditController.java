package org.waymark.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.web.Pagination;

/**
 * Administrators read the audit trail (the URL is under /admin, which only administrators reach): filtered by
 * person, action and dates, a page at a time, with people named (one query for the whole page).
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final People people;
    private final ZoneId zone;

    AuditController(AuditTrail trail, People people, ZoneId displayZone) {
        this.trail = trail;
        this.people = people;
        this.zone = displayZone;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String person, @RequestParam(required = false) String action,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(required = false) String object, @RequestParam(defaultValue = "1") int page, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        String email = blankToNull(person);
        UUID personId = null;
        if (email != null) {
            Optional<PersonSummary> found = people.findByEmail(email);
            if (found.isEmpty()) {
                errors.put("person", "No one has the email address " + email);
            } else {
                personId = found.get().id();
            }
        }
        String actionName = blankToNull(action);
        if (actionName != null && !AuditActions.known(actionName)) {
            errors.put("action", "Choose an action from the list");
        }
        LocalDate fromDate = date(from, "from", "The from date", errors);
        LocalDate toDate = date(to, "to", "The to date", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", "The to date must be the same as or after the from date");
        }
        String objectId = blankToNull(object);

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("person", email);
        filters.put("action", actionName);
        filters.put("from", from == null ? null : from.strip());
        filters.put("to", to == null ? null : to.strip());
        filters.put("object", objectId);
        model.addAttribute("filters", filters);
        model.addAttribute("actions", AuditActions.all());
        model.addAttribute("errors", errors);
        model.addAttribute("filtered", filters.values().stream().anyMatch(v -> v != null && !v.isBlank()));
        if (!errors.isEmpty()) {
            model.addAttribute("entries", java.util.List.of());
            model.addAttribute("pagination", Pagination.of("/admin/audit", filters, 1, 0, PAGE_SIZE));
            return "admin/audit";
        }

        AuditTrail.Filter filter = new AuditTrail.Filter(personId, actionName, objectId,
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant());
        int requested = Math.max(page, 1);
        AuditTrail.Page entries = trail.search(filter, (long) (requested - 1) * PAGE_SIZE, PAGE_SIZE);
        int shown = Pagination.clamp(requested, entries.total(), PAGE_SIZE);
        if (shown != requested) {
            entries = trail.search(filter, (long) (shown - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        model.addAttribute("entries", entries.entries());
        model.addAttribute("names", people.names(entries.entries().stream().map(AuditTrail.Entry::actorId).toList()));
        model.addAttribute("pagination", Pagination.of("/admin/audit", filters, shown, entries.total(), PAGE_SIZE));
        return "admin/audit";
    }

    private static LocalDate date(String text, String field, String name, Map<String, String> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, name + " must be a real date, like 2026-11-30");
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
