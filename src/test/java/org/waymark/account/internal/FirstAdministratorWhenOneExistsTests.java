package org.waymark.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.support.WaymarkTest;

/** The configured address gives the role only while Waymark has no active administrator; also checked at start-up. */
@WaymarkTest(properties = "waymark.first-administrator-email=boss@example.org")
class FirstAdministratorWhenOneExistsTests {

    @Autowired
    People people;
    @Autowired
    PersonRepository repository;
    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void withAnActiveAdministratorTheAddressGivesNothingUntilThereIsNone() {
        var existing = people.createVerified("Existing Admin", "existing.admin@example.org", "a long enough password",
                Role.ADMINISTRATOR);
        Person boss = Person.create("Boss", "boss@example.org", "hash", java.time.Instant.now());
        boss.verifyEmail(java.time.Instant.now());
        repository.save(boss);

        firstAdministrator.atStartUp();
        assertThat(people.findByEmail("boss@example.org").orElseThrow().roles()).doesNotContain(Role.ADMINISTRATOR);

        Person admin = repository.findById(existing.id()).orElseThrow();
        admin.deactivate();
        repository.save(admin);
        firstAdministrator.atStartUp(); // an account confirmed before the setting was made gets it at the next start
        assertThat(people.findByEmail("boss@example.org").orElseThrow().roles()).contains(Role.ADMINISTRATOR);
    }

    @Test
    void anUnconfirmedAccountWithTheAddressGetsNothingAtStartUp() {
        // Its own configured address (a second instance), with no active administrator: only confirmation is missing.
        jdbc.sql("UPDATE person SET active = FALSE").update();
        Person unconfirmed = Person.create("Unconfirmed", "unconfirmed.boss@example.org", "hash", java.time.Instant.now());
        repository.save(unconfirmed);
        new FirstAdministrator("Unconfirmed.Boss@example.org", repository, jdbc, events, transactions).atStartUp();
        assertThat(people.findByEmail("unconfirmed.boss@example.org").orElseThrow().roles()).doesNotContain(Role.ADMINISTRATOR);
    }
}
