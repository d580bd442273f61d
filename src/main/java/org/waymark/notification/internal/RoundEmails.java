package org.waymark.notification.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.platform.Links;
import org.waymark.platform.UkTime;
import org.waymark.submission.DeadlineReminderIssued;
import org.waymark.submission.ExtensionDeclined;
import org.waymark.submission.ExtensionGranted;
import org.waymark.submission.ExtensionRequested;
import org.waymark.submission.RoundDeadlinePassed;
import org.waymark.account.Role;

/**
 * Emails about submission rounds: reminders before a fixed deadline, a request for more time (to every active
 * administrator), and its answer (to the candidate), and a passed deadline (to every active administrator). Times are written in UK time with the zone named.
 */
@Component
class RoundEmails {

    private final MailTemplates templates;
    private final Links links;
    private final People people;
    private final UkTime ukTime;

    RoundEmails(MailTemplates templates, Links links, People people, UkTime ukTime) {
        this.templates = templates;
        this.links = links;
        this.people = people;
        this.ukTime = ukTime;
    }

    @ApplicationModuleListener
    void reminder(DeadlineReminderIssued event) {
        send(event.candidateId(), "round-reminder", event.roundId(), Map.of("roundName", event.roundName(),
                "deadline", ukTime.deadline(event.deadline()), "daysBefore", event.daysBefore()));
    }

    /** Every active administrator hears of a request for more time: someone has to answer it before the deadline. */
    @ApplicationModuleListener
    void requested(ExtensionRequested event) {
        String candidate = people.find(event.candidateId()).map(p -> p.name()).orElse("A candidate");
        for (People.Name administrator : people.withRole(Role.ADMINISTRATOR)) {
            templates.send(administrator.email(), "extension-requested", Map.of("name", administrator.name(),
                    "candidate", candidate, "roundName", event.roundName(), "reason", event.reason(),
                    "requestedAt", ukTime.format(event.requestedAt()),
                    "link", links.absolute("/admin/rounds/" + event.roundId() + "/extensions")));
        }
    }

    /** Every active administrator hears when a fixed deadline passes: the completeness checks can start. */
    @ApplicationModuleListener
    void deadlinePassed(RoundDeadlinePassed event) {
        for (People.Name administrator : people.withRole(Role.ADMINISTRATOR)) {
            var model = new java.util.HashMap<String, Object>();
            model.put("name", administrator.name());
            model.put("roundName", event.roundName());
            model.put("deadline", ukTime.deadline(event.deadline()));
            model.put("submitted", event.submitted());
            model.put("accepted", event.accepted());
            model.put("openExtensions", event.openExtensions());
            model.put("lastExtension", event.lastExtensionUntil() == null ? "" : ukTime.deadline(event.lastExtensionUntil()));
            model.put("link", links.absolute("/admin/submissions?round=" + event.roundId()));
            templates.send(administrator.email(), "round-deadline-passed", model);
        }
    }

    @ApplicationModuleListener
    void granted(ExtensionGranted event) {
        send(event.candidateId(), "extension-granted", event.roundId(), Map.of("roundName", event.roundName(),
                "until", ukTime.deadline(event.untilAt()), "reason", event.reason()));
    }

    @ApplicationModuleListener
    void declined(ExtensionDeclined event) {
        send(event.candidateId(), "extension-declined", event.roundId(),
                Map.of("roundName", event.roundName(), "answer", event.answer()));
    }

    private void send(UUID personId, String template, UUID roundId, Map<String, Object> details) {
        people.find(personId).filter(p -> p.active()).ifPresent(person -> {
            var model = new java.util.HashMap<String, Object>(details);
            model.put("name", person.name());
            model.put("roundLink", links.absolute("/rounds/" + roundId));
            templates.send(person.email(), template, model);
        });
    }
}
