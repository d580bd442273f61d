package org.waymark.notification.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.platform.Links;
import org.waymark.submission.SubmissionAccepted;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.SubmissionReturned;

/** Tells a candidate what the completeness check decided: accepted for assessment, or returned with a message. */
@Component
class CompletenessEmails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MailTemplates templates;
    private final Links links;
    private final People people;
    private final ZoneId zone;

    CompletenessEmails(MailTemplates templates, Links links, People people, ZoneId displayZone) {
        this.templates = templates;
        this.links = links;
        this.people = people;
        this.zone = displayZone;
    }

    @ApplicationModuleListener
    void returned(SubmissionReturned event) {
        people.find(event.candidateId()).filter(PersonSummary::active).ifPresent(candidate -> {
            String portfolio = event.form() == SubmissionForm.WAYMARK && event.portfolioId() != null
                    ? "/portfolios/" + event.portfolioId() : "/home";
            templates.send(candidate.email(), "submission-returned", Map.of("name", candidate.name(), "reference", event.reference(),
                    "message", event.message(), "submissionLink", links.absolute("/submissions/" + event.submissionId()),
                    "portfolioLink", links.absolute(portfolio)));
        });
    }

    @ApplicationModuleListener
    void accepted(SubmissionAccepted event) {
        people.find(event.candidateId()).filter(PersonSummary::active).ifPresent(candidate ->
                templates.send(candidate.email(), "submission-accepted", Map.of("name", candidate.name(), "reference", event.reference(),
                        "decisionDue", DATE.format(event.decisionDueAt().atZone(zone)),
                        "link", links.absolute("/submissions/" + event.submissionId()))));
    }
}
