package org.waymark.account.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.account.People;
import org.waymark.account.PersonDeactivated;
import org.waymark.account.PersonSummary;
import org.waymark.account.Role;
import org.waymark.platform.AuditEvent;

/**
 * What administrators do to other people's accounts. Role changes take effect at the person's next request, in every
 * open session on every node ({@link CurrentRoles} reads the roles afresh per request). Deactivation ends their
 * sessions at once, on every node.
 */
@Service
public class PeopleAdministration {

    /** An administrator tried to lock themselves out. */
    public static class NotOnYourselfException extends RuntimeException {
        NotOnYourselfException(String message) {
            super(message);
        }
    }

    private final PersonRepository people;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;

    PeopleAdministration(PersonRepository people, Sessions sessions, ApplicationEventPublisher events) {
        this.people = people;
        this.sessions = sessions;
        this.events = events;
    }

    /** People whose name, email or institution contains the query, taken literally (all when blank), by name. */
    public List<PersonSummary> search(String query) {
        return people.search(People.containing(query)).stream().map(Person::summary).toList();
    }

    public Person person(UUID personId) {
        return people.findById(personId).orElseThrow(() -> new PersonNotFoundException(personId));
    }

    @Transactional
    public void grant(UUID administratorId, UUID personId, Role role) {
        Person person = person(personId);
        if (!person.roles().contains(role)) {
            person.grant(role);
            people.save(person);
            events.publishEvent(new AuditEvent(administratorId, "person.role-granted", "person", personId.toString(), role.name()));
        }
    }

    @Transactional
    public void revoke(UUID administratorId, UUID personId, Role role) {
        if (administratorId.equals(personId) && role == Role.ADMINISTRATOR) {
            throw new NotOnYourselfException("You cannot remove your own administrator role. Ask another administrator.");
        }
        Person person = person(personId);
        if (person.roles().contains(role)) {
            person.revoke(role);
            people.save(person);
            events.publishEvent(new AuditEvent(administratorId, "person.role-removed", "person", personId.toString(), role.name()));
        }
    }

    @Transactional
    public void deactivate(UUID administratorId, UUID personId) {
        if (administratorId.equals(personId)) {
            throw new NotOnYourselfException("You cannot deactivate your own account. Ask another administrator.");
        }
        Person person = person(personId);
        person.deactivate();
        people.save(person);
        int ended = sessions.endAll(personId);
        events.publishEvent(new AuditEvent(administratorId, "person.deactivated", "person", personId.toString(),
                ended + " session(s) ended"));
        events.publishEvent(new PersonDeactivated(personId, person.getName(), person.getEmail()));
    }

    @Transactional
    public void reactivate(UUID administratorId, UUID personId) {
        Person person = person(personId);
        person.reactivate();
        people.save(person);
        events.publishEvent(new AuditEvent(administratorId, "person.reactivated", "person", personId.toString(), null));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    public static class PersonNotFoundException extends RuntimeException {
        PersonNotFoundException(UUID id) {
            super("No person " + id);
        }
    }
}
