package org.waymark.notification.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.notification.Mailer;
import org.waymark.platform.Links;
import org.waymark.submission.SubmissionAccepted;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.SubmissionReturned;

/** Tells a candidate what the completeness check decided: accepted for assessment, or returned with a message. */
@Component
class CompletenessEmails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Mailer mailer;
    private final MailTemplates templates;
    private final Links links;
    private final People people;
    private final ZoneId zone;

    CompletenessEmails(Mailer mailer, MailTemplates templates, Links links, People people, ZoneId displayZone) {
        this.mailer = mailer;
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
            send(candidate.email(), "submission-returned", Map.of("name", candidate.name(), "reference", event.reference(),
                    "message", event.message(), "submissionLink", links.absolute("/submissions/" + event.submissionId()),
                    "portfolioLink", links.absolute(portfolio)));
        });
    }

    @ApplicationModuleListener
    void accepted(SubmissionAccepted event) {
        people.find(event.candidateId()).filter(PersonSummary::active).ifPresent(candidate ->
                send(candidate.email(), "submission-accepted", Map.of("name", candidate.name(), "reference", event.reference(),
                        "decisionDue", DATE.format(event.decisionDueAt().atZone(zone)),
                        "link", links.absolute("/submissions/" + event.submissionId()))));
    }

    private void send(String recipient, String template, Map<String, Object> model) {
        MailTemplates.Email email = templates.render(template, model);
        mailer.send(recipient, email.subject(), email.body());
    }
}
