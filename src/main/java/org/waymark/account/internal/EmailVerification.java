package org.waymark.account.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.account.EmailChangeRequested;
import org.waymark.account.EmailChanged;
import org.waymark.account.PersonVerified;
import org.waymark.account.internal.AccountTokens.Check;
import org.waymark.account.internal.AccountTokens.Purpose;
import org.waymark.platform.AuditEvent;
import org.waymark.platform.Links;
import org.waymark.platform.Outbox;

/** Proves that a person reads the email address they gave: at sign-up, and when they change it. */
@Service
public class EmailVerification {

    public enum Outcome { READY, VERIFIED, EMAIL_CHANGED, EMAIL_TAKEN, EXPIRED, USED, UNKNOWN }

    private final PersonRepository people;
    private final AccountTokens tokens;
    private final Outbox mailer;
    private final Links links;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final FirstAdministrator firstAdministrator;

    EmailVerification(PersonRepository people, AccountTokens tokens, Outbox mailer, Links links, Clock clock,
                      ApplicationEventPublisher events, FirstAdministrator firstAdministrator) {
        this.people = people;
        this.tokens = tokens;
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
        this.events = events;
        this.firstAdministrator = firstAdministrator;
    }

    /** Sends a new link (earlier ones stop working); nothing when the address is already verified. */
    @Transactional
    public boolean sendVerification(UUID personId) {
        Person person = people.findById(personId).orElseThrow();
        if (person.getEmailVerifiedAt() != null || !person.isActive()) {
            return false;
        }
        tokens.retireAll(personId, Purpose.VERIFY_EMAIL);
        String token = tokens.issue(personId, Purpose.VERIFY_EMAIL, null);
        mailer.send(person.getEmail(), "Confirm your email address for Waymark", """
                Hello %s,

                Please confirm that this is your email address by opening this link:

                %s

                The link works once and for 24 hours. If you did not create a Waymark account, you can ignore this email.
                """.formatted(person.getName(), links.absolute("/verify-email?token=" + token)));
        events.publishEvent(new AuditEvent(personId, "person.verification-email-sent", "person", personId.toString(), null));
        return true;
    }

    /** For "send me a new link" without being signed in: quietly does nothing for unknown or verified addresses. */
    @Transactional
    public void sendVerification(String email) {
        people.findByEmail(Person.normaliseEmail(email)).ifPresent(person -> sendVerification(person.getId()));
    }

    /** Sends a link to the new address; the change applies only when that link is used. */
    @Transactional
    void sendEmailChange(Person person, String newEmail) {
        tokens.retireAll(person.getId(), Purpose.CHANGE_EMAIL);
        String token = tokens.issue(person.getId(), Purpose.CHANGE_EMAIL, Person.normaliseEmail(newEmail));
        mailer.send(Person.normaliseEmail(newEmail), "Confirm your new email address for Waymark", """
                Hello %s,

                You asked to use this address for your Waymark account. Open this link to confirm it:

                %s

                The link works once and for 24 hours. Until then, your account keeps its current address.
                """.formatted(person.getName(), links.absolute("/verify-email?token=" + token)));
        // The notice to the current address carries no secret: the notification module sends it (ADR 0005).
        events.publishEvent(new EmailChangeRequested(person.getId(), person.getName(), person.getEmail(),
                Person.normaliseEmail(newEmail)));
    }

    /**
     * What a link would do, without using it: opening the link only shows a Confirm button, because mail
     * scanners (such as Microsoft's Safe Links) open every link in an email before the person does.
     */
    public Outcome preview(String rawToken) {
        return switch (tokens.check(rawToken, Purpose.VERIFY_EMAIL, Purpose.CHANGE_EMAIL).status()) {
            case UNKNOWN -> Outcome.UNKNOWN;
            case EXPIRED -> Outcome.EXPIRED;
            case USED -> Outcome.USED;
            default -> Outcome.READY;
        };
    }

    /** Uses a link from a verification or change-of-address email. */
    @Transactional
    public Outcome verify(String rawToken) {
        Check check = tokens.check(rawToken, Purpose.VERIFY_EMAIL, Purpose.CHANGE_EMAIL);
        switch (check.status()) {
            case UNKNOWN: return Outcome.UNKNOWN;
            case EXPIRED: return Outcome.EXPIRED;
            case USED: return Outcome.USED;
            default: break;
        }
        var token = check.token();
        Person person = people.findById(token.personId()).orElseThrow();
        if (token.purpose() == Purpose.CHANGE_EMAIL) {
            if (people.findByEmail(token.newEmail()).filter(other -> !other.getId().equals(person.getId())).isPresent()) {
                return Outcome.EMAIL_TAKEN;
            }
            if (!tokens.use(token)) {
                return Outcome.USED;
            }
            String old = person.getEmail();
            person.changeEmail(token.newEmail(), clock.instant());
            people.save(person);
            events.publishEvent(new AuditEvent(person.getId(), "person.email-changed", "person", person.getId().toString(),
                    old + " -> " + token.newEmail()));
            events.publishEvent(new EmailChanged(person.getId(), person.getName(), old, token.newEmail()));
            firstAdministrator.consider(people.findById(person.getId()).orElseThrow());
            return Outcome.EMAIL_CHANGED;
        }
        if (!tokens.use(token)) {
            return Outcome.USED;
        }
        person.verifyEmail(clock.instant());
        people.save(person);
        events.publishEvent(new AuditEvent(person.getId(), "person.email-verified", "person", person.getId().toString(),
                person.getEmail()));
        events.publishEvent(new PersonVerified(person.getId(), person.getName(), person.getEmail()));
        firstAdministrator.consider(people.findById(person.getId()).orElseThrow());
        return Outcome.VERIFIED;
    }
}
