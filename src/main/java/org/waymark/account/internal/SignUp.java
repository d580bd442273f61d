package org.waymark.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.account.PersonRegistered;
import org.waymark.platform.Outbox;
import org.waymark.platform.AuditEvent;
import org.waymark.platform.Links;

/**
 * Someone creates their own account: a candidate, unverified until they use the link we email them.
 * <p>
 * Whether an address already has an account is never shown to the person signing up (it would tell anyone
 * who has an account here): they see the same "check your email" answer either way, and the owner of an
 * existing account is told by email instead, at most once an hour so the form cannot be used to flood them.
 */
@Service
public class SignUp {

    /** However often someone tries, the owner of an existing account hears about it at most this often. */
    static final Duration NOTICE_INTERVAL = Duration.ofHours(1);

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final EmailVerification verification;
    private final Outbox mailer;
    private final Links links;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignUp(PersonRepository people, PasswordEncoder encoder, EmailVerification verification, Outbox mailer, Links links,
           JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.people = people;
        this.encoder = encoder;
        this.verification = verification;
        this.mailer = mailer;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Creates the account and sends its verification link, or, if the address is taken, tells its owner. */
    @Transactional
    public void register(String name, String email, String rawPassword) {
        String hash = encoder.encode(rawPassword); // in both cases, so the answer takes as long either way
        var existing = people.findByEmail(Person.normaliseEmail(email));
        if (existing.isPresent()) {
            tellOwner(existing.get());
            return;
        }
        Person person = Person.create(name, email, hash, clock.instant());
        people.save(person);
        verification.sendVerification(person.getId());
        events.publishEvent(new PersonRegistered(person.getId(), person.getEmail()));
        events.publishEvent(new AuditEvent(person.getId(), "person.signed-up", "person", person.getId().toString(), person.getEmail()));
    }

    private void tellOwner(Person owner) {
        if (!owner.isActive()) {
            return; // a deactivated account can neither sign in nor reset its password: nothing useful to say
        }
        Instant now = clock.instant();
        // One statement decides, so two nodes (or two quick attempts) cannot both send within the hour.
        int claimed = jdbc.sql("""
                        UPDATE person SET sign_up_notice_at = :now
                        WHERE id = :id AND (sign_up_notice_at IS NULL OR sign_up_notice_at <= :since)""")
                .param("now", Timestamp.from(now)).param("id", owner.getId())
                .param("since", Timestamp.from(now.minus(NOTICE_INTERVAL)))
                .update();
        if (claimed == 0) {
            return;
        }
        mailer.send(owner.getEmail(), "Someone tried to create a Waymark account with your email address", """
                Hello %s,

                Someone, perhaps you, tried to create a new Waymark account with this email address. You already have
                an account, so no new one was made.

                To use your account, sign in:

                %s

                If you have forgotten your password, you can reset it:

                %s

                If this was not you, you can ignore this email: nothing about your account has changed.
                """.formatted(owner.getName(), links.absolute("/sign-in"), links.absolute("/forgot-password")));
        events.publishEvent(new AuditEvent(null, "person.sign-up-with-existing-email-noticed", "person", owner.getId().toString(),
                owner.getEmail()));
    }
}
