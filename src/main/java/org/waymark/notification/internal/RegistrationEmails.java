package org.waymark.notification.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.platform.Links;
import org.waymark.registration.RegistrationExpiring;
import org.waymark.registration.RegistrationPaid;
import org.waymark.registration.RegistrationReceived;
import org.waymark.registration.RegistrationSummary;

/** The emails about a candidate's registration: received, paid, and the reminders before it expires. */
@Component
class RegistrationEmails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK);

    private final MailTemplates templates;
    private final Links links;
    private final People people;
    private final ZoneId zone;

    RegistrationEmails(MailTemplates templates, Links links, People people, ZoneId displayZone) {
        this.templates = templates;
        this.links = links;
        this.people = people;
        this.zone = displayZone;
    }

    @ApplicationModuleListener
    void received(RegistrationReceived event) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", event.reference());
        model.put("pathway", event.pathwayName());
        model.put("fee", org.waymark.registration.FeeText.of(event.fee(), event.currency()));
        model.put("payer", event.payer() == RegistrationSummary.Payer.INSTITUTION ? event.institutionName() : "You");
        model.put("purchaseOrder", event.purchaseOrder());
        model.put("receiptLink", links.absolute("/registrations/" + event.registrationId()));
        send(event.personId(), "registration-received", model);
    }

    @ApplicationModuleListener
    void paid(RegistrationPaid event) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", event.reference());
        model.put("pathway", event.pathwayName());
        model.put("validFrom", dateTime(event.paidAt()));
        model.put("validUntil", dateTime(event.expiresAt()));
        model.put("receiptLink", links.absolute("/registrations/" + event.registrationId()));
        send(event.personId(), "registration-paid", model);
    }

    @ApplicationModuleListener
    void expiring(RegistrationExpiring event) {
        Map<String, Object> model = new HashMap<>();
        model.put("reference", event.reference());
        model.put("pathway", event.pathwayName());
        model.put("validUntil", DATE.format(event.expiresAt().atZone(zone)));
        model.put("daysBefore", event.daysBefore());
        model.put("registrationsLink", links.absolute("/registrations"));
        send(event.personId(), "registration-expiring", model);
    }

    private String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    private void send(UUID personId, String template, Map<String, Object> model) {
        PersonSummary person = people.find(personId).orElse(null);
        if (person == null || !person.active()) {
            return;
        }
        model.put("name", person.name());
        templates.send(person.email(), template, model);
    }
}
