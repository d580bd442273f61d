package org.waymark.account.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.account.internal.AccountTokens.Check;
import org.waymark.account.internal.AccountTokens.Purpose;
import org.waymark.platform.AuditEvent;
import org.waymark.platform.Links;
import org.waymark.platform.Outbox;

/** A forgotten password: a one-hour, single-use link by email, which also proves the address. */
@Service
public class PasswordReset {

    private final PersonRepository people;
    private final AccountTokens tokens;
    private final PasswordEncoder encoder;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final Outbox mailer;
    private final Links links;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PasswordReset(PersonRepository people, AccountTokens tokens, PasswordEncoder encoder, Sessions sessions,
                  SignInThrottle throttle, Outbox mailer, Links links, Clock clock, ApplicationEventPublisher events) {
        this.people = people;
        this.tokens = tokens;
        this.encoder = encoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.mailer = mailer;
        this.links = links;
        this.clock = clock;
        this.events = events;
    }

    /** Sends a link if there is an active account for the address. The caller answers the same either way. */
    @Transactional
    public void request(String email) {
        people.findByEmail(Person.normaliseEmail(email)).filter(Person::isActive).ifPresent(person -> {
            tokens.retireAll(person.getId(), Purpose.RESET_PASSWORD);
            String token = tokens.issue(person.getId(), Purpose.RESET_PASSWORD, null);
            mailer.send(person.getEmail(), "Reset your Waymark password", """
                    Hello %s,

                    Open this link to choose a new password:

                    %s

                    The link works once and for 1 hour. If you did not ask to reset your password, you can ignore this
                    email: your password has not changed.
                    """.formatted(person.getName(), links.absolute("/reset-password?token=" + token)));
            events.publishEvent(new AuditEvent(null, "person.password-reset-requested", "person", person.getId().toString(), null));
        });
    }

    public Check check(String rawToken) {
        return tokens.check(rawToken, Purpose.RESET_PASSWORD);
    }

    /** The email of the person the link is for, to check the new password against. */
    public String emailFor(Check check) {
        return people.findById(check.token().personId()).map(Person::getEmail).orElse(null);
    }

    /**
     * Sets the new password, verifies the email (the link proved it), and ends every other session of the
     * person. Returns false when the link cannot be used (expired, used or unknown).
     */
    @Transactional
    public boolean reset(String rawToken, String newPassword, String keepSessionId) {
        Check check = check(rawToken);
        if (!check.usable() || !tokens.use(check.token())) {
            return false;
        }
        UUID personId = check.token().personId();
        Person person = people.findById(personId).orElseThrow();
        person.changePassword(encoder.encode(newPassword));
        person.verifyEmail(clock.instant());
        people.save(person);
        tokens.retireAll(personId, Purpose.RESET_PASSWORD);
        throttle.recordSuccess(person.getEmail());
        sessions.endAllExcept(personId, keepSessionId);
        events.publishEvent(new AuditEvent(personId, "person.password-reset", "person", personId.toString(), null));
        return true;
    }
}
