package org.waymark.notification.internal;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.EmailChangeRequested;
import org.waymark.account.EmailChanged;
import org.waymark.account.PersonDeactivated;
import org.waymark.account.PersonVerified;
import org.waymark.platform.Links;

/**
 * The emails that follow a change to someone's account. Each runs after the change has committed, in a
 * transaction of its own; the event publication registry keeps the event until the mail is queued, so a crash in
 * between sends it on restart rather than losing it.
 */
@Component
class AccountEmails {

    private final MailTemplates templates;
    private final Links links;

    AccountEmails(MailTemplates templates, Links links) {
        this.templates = templates;
        this.links = links;
    }

    @ApplicationModuleListener
    void welcome(PersonVerified event) {
        templates.send(event.email(), "welcome", Map.of("name", event.name(), "signInLink", links.absolute("/sign-in")));
    }

    @ApplicationModuleListener
    void emailChangeRequested(EmailChangeRequested event) {
        templates.send(event.currentEmail(), "email-change-requested", Map.of("name", event.name(), "newEmail", event.newEmail()));
    }

    @ApplicationModuleListener
    void emailChanged(EmailChanged event) {
        templates.send(event.oldEmail(), "email-changed",
                Map.of("name", event.name(), "oldEmail", event.oldEmail(), "newEmail", event.newEmail()));
    }

    @ApplicationModuleListener
    void deactivated(PersonDeactivated event) {
        templates.send(event.email(), "account-deactivated", Map.of("name", event.name()));
    }
}
