package org.waymark.registration.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.waymark.registration.internal.RegistrationService;
import org.waymark.web.HomePage;

/**
 * Puts the signed-in person's registrations on the home page (the {@code registration/home-panel} fragment that
 * {@code portfolio/home} includes) without the portfolio module knowing about registrations. Only for /home
 * (the {@link HomePage} controller).
 */
@ControllerAdvice(annotations = HomePage.class)
class HomeRegistrationsAdvice {

    private final RegistrationService service;
    private final ZoneId zone;
    private final Clock clock;

    HomeRegistrationsAdvice(RegistrationService service, ZoneId displayZone, Clock clock) {
        this.service = service;
        this.zone = displayZone;
        this.clock = clock;
    }

    @ModelAttribute
    void homeRegistrations(HttpServletRequest request, Authentication who, Model model) {
        if (!(request.getContextPath() + "/home").equals(request.getRequestURI()) || !"GET".equals(request.getMethod()) || who == null) {
            return;
        }
        UUID person;
        try {
            person = UUID.fromString(who.getName());
        } catch (IllegalArgumentException e) {
            return;
        }
        model.addAttribute("homeRegistrations", service.heldBy(person).stream()
                .filter(r -> r.status() != org.waymark.registration.RegistrationStatus.CANCELLED)
                .map(r -> RegistrationView.of(r, service, zone, clock.instant())).toList());
    }
}
