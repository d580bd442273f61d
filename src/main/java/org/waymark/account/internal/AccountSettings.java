package org.waymark.account.internal;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.platform.AuditEvent;

/** What a signed-in person may change about their own account. */
@Service
public class AccountSettings {

    public enum EmailChange { LINK_SENT, WRONG_PASSWORD, EMAIL_TAKEN, SAME_EMAIL }

    private final PersonRepository people;
    private final PasswordEncoder encoder;
    private final EmailVerification verification;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    AccountSettings(PersonRepository people, PasswordEncoder encoder, EmailVerification verification, Sessions sessions,
                    SignInThrottle throttle, ApplicationEventPublisher events) {
        this.people = people;
        this.encoder = encoder;
        this.verification = verification;
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
    }

    public Person person(UUID personId) {
        return people.findById(personId).orElseThrow();
    }

    @Transactional
    public void updateProfile(UUID personId, String name, String jobTitle, String institution, String sector,
                              Integer yearsExperience) {
        Person person = person(personId);
        person.updateProfile(name, jobTitle, institution, sector, yearsExperience);
        people.save(person);
        events.publishEvent(new AuditEvent(personId, "person.profile-updated", "person", personId.toString(), null));
    }

    /**
     * Whether this is the person's password, throttled like sign-in and counted with it (a session left open must not
     * become a way to guess the password): {@link SignInThrottle.TooManyAttemptsException} while this address must wait.
     */
    private boolean passwordMatches(Person person, String rawPassword, String address) {
        throttle.checkAllowed(person.getEmail(), address);
        if (rawPassword != null && encoder.matches(rawPassword, person.getPasswordHash())) {
            throttle.recordSuccess(person.getEmail(), address);
            return true;
        }
        throttle.recordFailure(person.getEmail(), address);
        return false;
    }

    /**
     * Changes the password and ends the person's other sessions; false when the current password is wrong.
     * {@link SignInThrottle.TooManyAttemptsException} when there have been too many wrong ones from this address.
     */
    @Transactional
    public boolean changePassword(UUID personId, String currentPassword, String newPassword, String keepSessionId,
                                  String address) {
        Person person = person(personId);
        if (!passwordMatches(person, currentPassword, address)) {
            return false;
        }
        person.changePassword(encoder.encode(newPassword));
        people.save(person);
        sessions.endAllExcept(personId, keepSessionId);
        events.publishEvent(new AuditEvent(personId, "person.password-changed", "person", personId.toString(), null));
        return true;
    }

    /** {@link SignInThrottle.TooManyAttemptsException} when there have been too many wrong passwords from this address. */
    @Transactional
    public EmailChange requestEmailChange(UUID personId, String password, String newEmail, String address) {
        Person person = person(personId);
        String normalised = Person.normaliseEmail(newEmail);
        if (!passwordMatches(person, password, address)) {
            return EmailChange.WRONG_PASSWORD;
        }
        if (normalised.equals(person.getEmail())) {
            return EmailChange.SAME_EMAIL;
        }
        if (people.findByEmail(normalised).isPresent()) {
            return EmailChange.EMAIL_TAKEN;
        }
        verification.sendEmailChange(person, normalised);
        events.publishEvent(new AuditEvent(personId, "person.email-change-requested", "person", personId.toString(), normalised));
        return EmailChange.LINK_SENT;
    }
}
