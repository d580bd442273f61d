package org.waymark.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: demo mode, the session timeout for the warning, and a time formatter. */
@ControllerAdvice
public class LayoutModel {

    private final boolean demo;
    private final Duration sessionTimeout;
    private final Times times;

    LayoutModel(@Value("${waymark.demo.enabled}") boolean demo,
                @Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration sessionTimeout,
                ZoneId displayZone) {
        this.demo = demo;
        this.sessionTimeout = sessionTimeout;
        this.times = new Times(displayZone);
    }

    /**
     * One advice method for all three (each {@code @ModelAttribute} method is a reflective call on every request to
     * every controller, autosaves included).
     */
    @ModelAttribute
    void layout(Model model) {
        model.addAttribute("demoMode", demo);
        model.addAttribute("sessionTimeoutSeconds", sessionTimeout.toSeconds());
        model.addAttribute("times", times);
    }

    /** Formats instants in the display zone (Europe/London unless configured). */
    public record Times(ZoneId zone) {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

        public String dateTime(Instant instant) {
            return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
        }

        public String date(Instant instant) {
            return instant == null ? "" : DATE.format(instant.atZone(zone));
        }

        public String time(Instant instant) {
            return instant == null ? "" : TIME.format(instant.atZone(zone));
        }
    }
}
