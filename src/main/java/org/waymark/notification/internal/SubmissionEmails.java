package org.waymark.notification.internal;

import java.time.Instant;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.platform.Links;
import org.waymark.platform.UkTime;
import org.waymark.submission.PortfolioSubmitted;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.SubmissionWithdrawn;
import org.waymark.submission.Submitting;

/** The candidate's receipt when a portfolio is submitted, and the confirmation when they withdraw it. */
@Component
class SubmissionEmails {

    private final MailTemplates templates;
    private final Links links;
    private final People people;
    private final Submitting submitting;
    private final UkTime ukTime;

    SubmissionEmails(MailTemplates templates, Links links, People people, Submitting submitting,
                     UkTime ukTime) {
        this.templates = templates;
        this.links = links;
        this.people = people;
        this.submitting = submitting;
        this.ukTime = ukTime;
    }

    @ApplicationModuleListener
    void receipt(PortfolioSubmitted event) {
        SubmissionSummary submission = submitting.find(event.submissionId()).orElse(null);
        if (submission == null) {
            return; // rolled back after all: nothing was received
        }
        people.find(event.candidateId()).ifPresent(person -> templates.send(person.email(), "submission-receipt", Map.of(
                "name", person.name(),
                "external", event.form() == org.waymark.submission.SubmissionForm.EXTERNAL,
                "reference", event.reference(),
                "round", submission.roundName(),
                "type", event.submissionType().label(),
                "submittedAt", uk(event.submittedAt()),
                "decisionDueAt", ukTime.date(submission.decisionDueAt()),
                "link", links.absolute("/submissions/" + event.submissionId()))));
    }

    @ApplicationModuleListener
    void withdrawn(SubmissionWithdrawn event) {
        SubmissionSummary submission = submitting.find(event.submissionId()).orElse(null);
        if (submission == null) {
            return;
        }
        people.find(event.candidateId()).ifPresent(person -> templates.send(person.email(), "submission-withdrawn", Map.of(
                "name", person.name(),
                "reference", event.reference(),
                "round", submission.roundName(),
                "withdrawnAt", uk(event.withdrawnAt()),
                "link", links.absolute("/submissions"))));
    }

    private String uk(Instant instant) {
        return ukTime.format(instant);
    }
}
