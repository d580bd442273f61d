package org.waymark.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.account.Role;
import org.waymark.platform.AuditEvent;

/**
 * How a new installation gets its first administrator without SQL: the operator names an address in
 * {@code waymark.first-administrator-email}, that person signs up and confirms the address, and their account
 * receives the administrator role.
 * <p>
 * Only while Waymark has no active administrator, and only for an active account whose address is confirmed:
 * the role goes to whoever proved they read that mailbox, once. After that, administrators manage roles as
 * usual and the setting does nothing (removing it is tidy, not required). Checked when an address is confirmed
 * and at start-up (for an account confirmed before the setting was made). Every grant is audited.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final String email;
    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    FirstAdministrator(@Value("${waymark.first-administrator-email:}") String email, PersonRepository people,
                       JdbcClient jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.email = Person.normaliseEmail(email);
        this.people = people;
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** In the caller's transaction, after the person's address has been confirmed and saved. */
    void consider(Person person) {
        if (email.isEmpty() || !email.equals(person.getEmail()) || person.getEmailVerifiedAt() == null
                || !person.isActive() || person.roles().contains(Role.ADMINISTRATOR) || anActiveAdministratorExists()) {
            return;
        }
        person.grant(Role.ADMINISTRATOR);
        people.save(person);
        log.info("{} is the first administrator (waymark.first-administrator-email)", person.getEmail());
        events.publishEvent(new AuditEvent(null, "person.role-granted", "person", person.getId().toString(),
                Role.ADMINISTRATOR.name() + " as the first administrator (waymark.first-administrator-email)"));
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        if (email.isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> people.findByEmail(email).ifPresent(this::consider));
        } catch (DataAccessException e) {
            // Another node starting at the same moment granted it first (the person's version changed).
            log.info("First administrator not granted here: {}", e.getMessage());
        }
    }

    private boolean anActiveAdministratorExists() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM person_role r JOIN person p ON p.id = r.person
                        WHERE r.role = :role AND p.active""")
                .param("role", Role.ADMINISTRATOR.name()).query(Integer.class).single() > 0;
    }
}
