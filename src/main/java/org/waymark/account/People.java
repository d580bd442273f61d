package org.waymark.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.account.internal.PeopleAdministration;
import org.waymark.account.internal.Person;
import org.waymark.account.internal.PersonRepository;

/** The account module's face to the rest of Waymark: who people are. */
@Service
public class People {

    private final PersonRepository repository;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final PeopleAdministration administration;

    People(PersonRepository repository, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events,
           JdbcClient jdbc, PeopleAdministration administration) {
        this.repository = repository;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.administration = administration;
    }

    /**
     * Gives a person a role on an administrator's decision (another module's, such as adding someone to the assessor
     * pool); audited, and in effect at their next request. Nothing happens if they hold it already.
     */
    @Transactional
    public void grantRole(UUID administratorId, UUID personId, Role role) {
        administration.grant(administratorId, personId, role);
    }

    /** How another module names a person in a list: enough to recognise them, nothing more. */
    public record Name(UUID id, String name, String email) {
    }

    /** The names of these people, by id, in one query whatever their number (ids of nobody are left out). */
    public Map<UUID, Name> names(Collection<UUID> ids) {
        List<UUID> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, name, email FROM person WHERE id IN (:ids)").param("ids", distinct)
                .query((rs, n) -> new Name(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .list().stream().collect(Collectors.toMap(Name::id, Function.identity()));
    }

    /**
     * The ids of people whose name or email contains the text (case-insensitive, {@code %} and {@code _} taken
     * literally), at most {@code limit}: for other modules' lists filtered by person.
     */
    public List<UUID> idsMatching(String text, int limit) {
        return jdbc.sql("""
                        SELECT id FROM person
                        WHERE LOWER(name) LIKE :pattern ESCAPE '!' OR email LIKE :pattern ESCAPE '!'
                        ORDER BY name, id LIMIT :limit""")
                .paramSource(new MapSqlParameterSource("pattern", containing(text)).addValue("limit", limit))
                .query(UUID.class).list();
    }

    /**
     * A LIKE pattern for "contains this text", lower-cased, with the pattern characters escaped by {@code !} (use
     * {@code ESCAPE '!'}: the same clause works on H2 and PostgreSQL, and needs no backslash quoting).
     */
    public static String containing(String text) {
        String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return "%" + q.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Every active person holding the role, by name: for example the administrators to tell about a request. */
    public List<Name> withRole(Role role) {
        return jdbc.sql("""
                        SELECT p.id, p.name, p.email FROM person p JOIN person_role r ON r.person = p.id
                        WHERE r.role = ? AND p.active ORDER BY p.name, p.id""")
                .param(role.name())
                .query((rs, n) -> new Name(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
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
