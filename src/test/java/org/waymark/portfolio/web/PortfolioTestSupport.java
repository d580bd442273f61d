package org.waymark.portfolio.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;

/** People and portfolios for web tests, created through the modules' own APIs. */
abstract class PortfolioTestSupport {

    @Autowired
    People people;
    @Autowired
    Portfolios portfolios;
    @Autowired
    JdbcClient jdbc;

    UUID person(Role... roles) {
        return people.createVerified("Person " + UUID.randomUUID(), UUID.randomUUID() + "@example.org", "a-long-password-1", roles).id();
    }

    static RequestPostProcessor as(UUID person, String... roles) {
        return user(person.toString()).roles(roles.length == 0 ? new String[] {"CANDIDATE"} : roles);
    }

    List<UUID> sectionIds(UUID portfolio) {
        return jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? ORDER BY position").param(portfolio)
                .query(UUID.class).list();
    }

    UUID sectionId(UUID portfolio, String key) {
        return jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = ? ORDER BY position")
                .params(portfolio, key).query(UUID.class).list().getFirst();
    }

    long version(UUID section) {
        return jdbc.sql("SELECT version FROM portfolio_section WHERE id = ?").param(section).query(Long.class).single();
    }

    String description(UUID section) {
        return jdbc.sql("SELECT description FROM portfolio_section WHERE id = ?").param(section).query(String.class).single();
    }

    int revisions(UUID section) {
        return jdbc.sql("SELECT COUNT(*) FROM section_revision WHERE section_id = ?").param(section).query(Integer.class).single();
    }
}
