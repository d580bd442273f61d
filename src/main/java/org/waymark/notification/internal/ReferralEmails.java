package org.waymark.notification.internal;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.assessment.AppealDecided;
import org.waymark.assessment.AppealReceived;
import org.waymark.assessment.ReassessmentAllocated;
import org.waymark.platform.Links;
import org.waymark.platform.UkTime;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * The emails about an appeal against an outcome: to the candidate when it is received, decided and (decided
 * "reassess") allocated to new assessors; to the administrators when a decision puts it back to be allocated.
 */
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
        if (event.reassess() && event.roundId() != null) {
            // The administrators allocate it again: it is waiting on the round's allocation page.
            for (People.Name administrator : people.withRole(Role.ADMINISTRATOR)) {
                templates.send(administrator.email(), "reassessment-to-allocate", Map.of(
                        "name", administrator.name(),
                        "reference", submission.reference(),
                        "link", links.absolute("/admin/assessors/allocation/" + event.roundId())));
            }
        }
    }

    @ApplicationModuleListener
    void reassessmentAllocated(ReassessmentAllocated event) {
        people.find(event.candidateId()).ifPresent(person -> templates.send(person.email(), "reassessment-allocated", Map.of(
                "name", person.name(),
                "reference", event.reference(),
                "due", ukTime.format(event.dueAt()),
                "link", links.absolute("/submissions/" + event.submissionId() + "/appeal"))));
    }
}
