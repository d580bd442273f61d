package org.waymark.account;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.account.internal.Person;
import org.waymark.account.internal.PersonRepository;

/** The account module's face to the rest of Waymark: who people are. */
@Service
public class People {

    private final PersonRepository repository;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    People(PersonRepository repository, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
    }

    public Optional<PersonSummary> find(UUID id) {
        return repository.findById(id).map(Person::summary);
    }

    public Optional<PersonSummary> findByEmail(String email) {
        return repository.findByEmail(Person.normaliseEmail(email)).map(Person::summary);
    }

    /**
     * Creates a verified account directly, with the given roles (demo data and administrators' set-up).
     * Sign-up by the person themselves goes through {@code internal.SignUp}, which verifies the email.
     */
    @Transactional
    public PersonSummary createVerified(String name, String email, String rawPassword, Role... roles) {
        Person person = Person.create(name, email, encoder.encode(rawPassword), clock.instant());
        person.verifyEmail(clock.instant());
        for (Role role : roles) {
            person.grant(role);
        }
        repository.save(person);
        events.publishEvent(new PersonRegistered(person.getId(), person.getEmail()));
        return person.summary();
    }

    @Transactional
    public void updateProfile(UUID id, String jobTitle, String institution, String sector, Integer yearsExperience) {
        Person person = repository.findById(id).orElseThrow();
        person.updateProfile(person.getName(), jobTitle, institution, sector, yearsExperience);
        repository.save(person);
    }
}
