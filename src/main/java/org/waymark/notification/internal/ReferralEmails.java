package org.waymark.notification.internal;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.assessment.AppealDecided;
import org.waymark.assessment.AppealReceived;
import org.waymark.platform.Links;
import org.waymark.platform.UkTime;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/** The candidate's emails about an appeal against their outcome: received, and decided. */
@Component
class ReferralEmails {

    private final MailTemplates templates;
    private final Links links;
    private final People people;
    private final Submitting submitting;
    private final UkTime ukTime;

    ReferralEmails(MailTemplates templates, Links links, People people, Submitting submitting, UkTime ukTime) {
        this.templates = templates;
        this.links = links;
        this.people = people;
        this.submitting = submitting;
        this.ukTime = ukTime;
    }

    @ApplicationModuleListener
    void appealReceived(AppealReceived event) {
        SubmissionSummary submission = submitting.find(event.submissionId()).orElse(null);
        if (submission == null) {
            return;
        }
        people.find(event.candidateId()).ifPresent(person -> templates.send(person.email(), "appeal-received", Map.of(
                "name", person.name(),
                "reference", submission.reference(),
                "appealedAt", ukTime.format(event.appealedAt()),
                "link", links.absolute("/submissions/" + submission.id() + "/appeal"))));
    }

    @ApplicationModuleListener
    void appealDecided(AppealDecided event) {
        SubmissionSummary submission = submitting.find(event.submissionId()).orElse(null);
        if (submission == null) {
            return;
        }
        people.find(event.candidateId()).ifPresent(person -> templates.send(person.email(), "appeal-decided", Map.of(
                "name", person.name(),
                "reference", submission.reference(),
                "reassess", event.reassess(),
                "reason", event.reason(),
                "link", links.absolute("/submissions/" + submission.id() + "/appeal"))));
    }
}
