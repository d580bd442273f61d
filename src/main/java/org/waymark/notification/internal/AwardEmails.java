package org.waymark.notification.internal;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.award.AwardIssued;
import org.waymark.award.AwardRevoked;
import org.waymark.award.AwardConfirmed;
import org.waymark.award.Awards;
import org.waymark.award.MembershipPaid;
import org.waymark.award.MembershipReminderDue;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.platform.Links;

/**
 * Emails about awards, to their holders: the certificate is ready (with its verification address); it was revoked; a
 * receipt for the membership fee; reminders that the fee or the portfolio review falls due, or is overdue.
 */
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

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    @ApplicationModuleListener
    void membershipPaid(MembershipPaid event) {
        var award = awards.find(event.awardId()).orElseThrow();
        people.find(event.holderId()).ifPresent(holder -> templates.send(holder.email(), "membership-paid", Map.of(
                "name", holder.name(), "award", pathwayName(award.pathwayKey()), "number", event.certificateNumber(),
                "from", DATE.format(event.paidFrom()), "until", DATE.format(event.paidUntil()),
                "awardsLink", links.absolute("/awards"))));
    }

    @ApplicationModuleListener
    void membershipReminder(MembershipReminderDue event) {
        var award = awards.find(event.awardId()).orElseThrow();
        String template = switch (event.kind()) {
            case FEE_DUE_SOON -> "membership-fee-due";
            case FEE_OVERDUE -> "membership-fee-overdue";
            case REVIEW_DUE_SOON -> "membership-review-due-soon";
            case REVIEW_DUE -> "membership-review-due";
        };
        people.find(event.holderId()).ifPresent(holder -> templates.send(holder.email(), template, Map.of(
                "name", holder.name(), "award", pathwayName(award.pathwayKey()), "number", event.certificateNumber(),
                "due", DATE.format(event.dueOn()), "awardsLink", links.absolute("/awards"))));
    }

    @ApplicationModuleListener
    void confirmed(AwardConfirmed event) {
        var award = awards.find(event.awardId()).orElseThrow();
        people.find(event.holderId()).ifPresent(holder -> templates.send(holder.email(), "award-confirmed", Map.of(
                "name", holder.name(), "award", pathwayName(award.pathwayKey()), "number", event.certificateNumber(),
                "due", DATE.format(event.nextReviewDueOn()), "awardsLink", links.absolute("/awards"))));
    }

    private String pathwayName(String key) {
        return catalogue.current().findPathway(key).map(p -> p.name()).orElse(key);
    }
}
