package org.waymark.submission.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.web.HomePage;

/**
 * "Your submissions" on the home page, without the portfolio module (which owns the page) knowing about submissions:
 * the home template includes {@code submission/parts :: your-submissions} when this has put the rows in its model.
 */
@ControllerAdvice(annotations = HomePage.class)
class SubmissionsOnHome {

    private final SubmissionService service;

    SubmissionsOnHome(SubmissionService service) {
        this.service = service;
    }

    /** One line of the home page's table, already in words. */
    public record Row(UUID id, String reference, String roundName, String type, String status, String submittedAt) {
    }

    @ModelAttribute
    void yourSubmissions(HttpServletRequest request, Authentication who, Model model) {
        if (!(request.getContextPath() + "/home").equals(request.getRequestURI()) || who == null || !who.isAuthenticated()) {
            return;
        }
        UUID person;
        try {
            person = UUID.fromString(who.getName());
        } catch (IllegalArgumentException e) {
            return;
        }
        List<Row> rows = service.submittedBy(person).stream()
                .map(s -> new Row(s.id(), s.reference(), s.roundName(), s.type().label(), SubmissionPages.statusLabel(s.status()),
                        service.ukTime(s.submittedAt())))
                .toList();
        model.addAttribute("yourSubmissions", rows);
    }
}
