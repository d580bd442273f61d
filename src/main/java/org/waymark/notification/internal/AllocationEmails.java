package org.waymark.notification.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.assessment.AssessorDeclined;
import org.waymark.assessment.AssessorReminderDue;
import org.waymark.assessment.AssessorsAllocated;
import org.waymark.platform.Links;

/**
 * Tells assessors about the places offered to them (and reminds them), and tells the administrator who allocated a
 * submission when an assessor declines. Never names the candidate: a blind assessment must stay blind, and the
 * others need no name in an email either.
 */
@Component
class AllocationEmails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MailTemplates templates;
    private final Links links;
    private final People people;
    private final ZoneId zone;

    AllocationEmails(MailTemplates templates, Links links, People people, ZoneId displayZone) {
        this.templates = templates;
        this.links = links;
        this.people = people;
        this.zone = displayZone;
    }

    @ApplicationModuleListener
    void allocated(AssessorsAllocated event) {
        for (AssessorsAllocated.Offer offer : event.offers()) {
            people.find(offer.assessorId()).filter(PersonSummary::active).ifPresent(assessor ->
                    templates.send(assessor.email(), "assessment-offered", Map.of("name", assessor.name(),
                            "reference", event.reference(), "pathway", event.pathwayName(), "role", offer.role(),
                            "due", DATE.format(event.dueAt().atZone(zone)), "blind", event.blind(),
                            "link", links.absolute("/assessor"))));
        }
    }

    @ApplicationModuleListener
    void declined(AssessorDeclined event) {
        String assessor = people.find(event.assessorId()).map(PersonSummary::name).orElse("An assessor");
        people.find(event.allocatedBy()).filter(PersonSummary::active).ifPresent(admin ->
                templates.send(admin.email(), "assessment-declined", Map.of("name", admin.name(), "assessor", assessor,
                        "reference", event.reference(), "role", event.role(), "reason", event.reason(),
                        "link", links.absolute("/admin/assessors/allocation/" + event.roundId()))));
    }

    @ApplicationModuleListener
    void reminder(AssessorReminderDue event) {
        String template = switch (event.kind()) {
            case ANSWER -> "assessment-reminder-answer";
            case DUE_SOON -> "assessment-reminder-due";
            case OVERDUE -> "assessment-reminder-overdue";
        };
        people.find(event.assessorId()).filter(PersonSummary::active).ifPresent(assessor ->
                templates.send(assessor.email(), template, Map.of("name", assessor.name(), "reference", event.reference(),
                        "role", event.role(), "due", DATE.format(event.dueAt().atZone(zone)),
                        "link", links.absolute("/assessor"),
                        "reviewLink", links.absolute("/assessor/assessments/" + event.assessmentId() + "/review"))));
    }
}
