package org.waymark.account.internal;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.account.PersonRegistered;
import org.waymark.account.PersonSummary;
import org.waymark.platform.AuditEvent;

/** Someone creates their own account: a candidate, unverified until they use the link we email them. */
@Service
public class SignUp {

    public static class EmailTakenException extends RuntimeException {
        EmailTakenException() {
            super("An account already uses that email address");
        }
    }

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final EmailVerification verification;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignUp(PersonRepository people, PasswordEncoder encoder, EmailVerification verification, Clock clock,
           ApplicationEventPublisher events) {
        this.people = people;
        this.encoder = encoder;
        this.verification = verification;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public PersonSummary register(String name, String email, String rawPassword) {
        if (people.findByEmail(Person.normaliseEmail(email)).isPresent()) {
            throw new EmailTakenException();
        }
        Person person = Person.create(name, email, encoder.encode(rawPassword), clock.instant());
        people.save(person);
        verification.sendVerification(person.getId());
        events.publishEvent(new PersonRegistered(person.getId(), person.getEmail()));
        events.publishEvent(new AuditEvent(person.getId(), "person.signed-up", "person", person.getId().toString(), person.getEmail()));
        return person.summary();
    }
}
