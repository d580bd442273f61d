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
    private final ApplicationEventPublisher events;

    AccountSettings(PersonRepository people, PasswordEncoder encoder, EmailVerification verification, Sessions sessions,
                    ApplicationEventPublisher events) {
        this.people = people;
        this.encoder = encoder;
        this.verification = verification;
        this.sessions = sessions;
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

    public boolean passwordMatches(UUID personId, String rawPassword) {
        return rawPassword != null && encoder.matches(rawPassword, person(personId).getPasswordHash());
    }

    /** Changes the password and ends the person's other sessions; false when the current password is wrong. */
    @Transactional
    public boolean changePassword(UUID personId, String currentPassword, String newPassword, String keepSessionId) {
        if (!passwordMatches(personId, currentPassword)) {
            return false;
        }
        Person person = person(personId);
        person.changePassword(encoder.encode(newPassword));
        people.save(person);
        sessions.endAllExcept(personId, keepSessionId);
        events.publishEvent(new AuditEvent(personId, "person.password-changed", "person", personId.toString(), null));
        return true;
    }

    @Transactional
    public EmailChange requestEmailChange(UUID personId, String password, String newEmail) {
        Person person = person(personId);
        String normalised = Person.normaliseEmail(newEmail);
        if (!passwordMatches(personId, password)) {
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
