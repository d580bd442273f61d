package org.waymark.registration.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.waymark.registration.RegistrationStatus;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.internal.Fee;
import org.waymark.registration.internal.RegistrationService;

/** A registration as its pages show it: words and UK dates, not codes and instants. */
public record RegistrationView(RegistrationSummary registration, String pathwayName, String fee, String status,
                               String validUntil, String registeredAt, String paidAt, String expiresAt, boolean cancellable) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK);

    static RegistrationView of(RegistrationSummary r, RegistrationService service, ZoneId zone, Instant now) {
        return new RegistrationView(r, service.pathwayName(r.pathwayKey()), Fee.display(r.fee(), r.currency()),
                status(r, now), date(r.expiresAt(), zone), dateTime(r.registeredAt(), zone), dateTime(r.paidAt(), zone),
                dateTime(r.expiresAt(), zone), RegistrationService.cancellable(r));
    }

    static String status(RegistrationSummary r, Instant now) {
        return switch (r.status()) {
            case UNPAID -> "Awaiting payment";
            case CANCELLED -> "Cancelled";
            case PAID -> r.validAt(now) ? "Paid" : "Expired";
        };
    }

    /** "Valid until 14 June 2029", "Expired on ...", or what the registration is waiting for. */
    public String validity() {
        if (registration.status() == RegistrationStatus.PAID) {
            return ("Expired".equals(status) ? "Expired on " : "Valid until ") + validUntil;
        }
        return registration.status() == RegistrationStatus.UNPAID ? "Valid for two years once paid" : "Cancelled";
    }

    public static String date(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE.format(instant.atZone(zone));
    }

    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(zone));
    }
}
