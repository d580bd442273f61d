package org.waymark.notification.internal;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.award.AwardIssued;
import org.waymark.award.AwardRevoked;
import org.waymark.award.Awards;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.platform.Links;

/** Emails about awards, to their holders: the certificate is ready (with its verification address); it was revoked. */
@Component
class AwardEmails {

    private final MailTemplates templates;
    private final Links links;
    private final People people;
    private final Awards awards;
    private final FrameworkCatalogue catalogue;

    AwardEmails(MailTemplates templates, Links links, People people, Awards awards, FrameworkCatalogue catalogue) {
        this.templates = templates;
        this.links = links;
        this.people = people;
        this.awards = awards;
        this.catalogue = catalogue;
    }

    @ApplicationModuleListener
    void issued(AwardIssued event) {
        var award = awards.find(event.awardId()).orElseThrow();
        String pathway = catalogue.current().findPathway(event.pathwayKey()).map(p -> p.name()).orElse(event.pathwayKey());
        people.find(event.holderId()).ifPresent(holder -> templates.send(holder.email(), "award-issued", Map.of(
                "name", holder.name(), "award", pathway, "number", event.certificateNumber(),
                "awardsLink", links.absolute("/awards"),
                "verifyLink", links.absolute("/verify/" + award.verificationToken()))));
    }

    @ApplicationModuleListener
    void revoked(AwardRevoked event) {
        people.find(event.holderId()).ifPresent(holder -> templates.send(holder.email(), "award-revoked", Map.of(
                "name", holder.name(), "number", event.certificateNumber(), "reason", event.reason())));
    }
}
