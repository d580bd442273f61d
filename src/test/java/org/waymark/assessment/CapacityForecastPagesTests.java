package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.Round;
import org.waymark.support.WaymarkTest;

/**
 * The capacity forecast page: two Associate portfolios nearly ready; one lead alone cannot be both assessors, an
 * assessor away during the assessment window gives nothing, and a second assessor makes the pool enough. Its own
 * context (a property no other test sets): the pool is every assessor in the database.
 */
@WaymarkTest
@TestPropertySource(properties = "waymark.test.isolated=capacity-forecast")
class CapacityForecastPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext spring;
    @Autowired
    People people;
    @Autowired
    Assessors assessors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theForecastSaysWhenThePoolIsShortAndWhatToRecruit() throws Exception {
        SubmissionFixtures fixtures = new SubmissionFixtures(spring);
        UUID admin = people.createVerified("Ada Admin", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.ADMINISTRATOR).id();
        Round round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
        Instant windowStart = Instant.now().plus(Duration.ofDays(40));
        jdbc.sql("UPDATE submission_round SET assessment_starts_at = ?, assessment_ends_at = ? WHERE id = ?")
                .params(Timestamp.from(windowStart), Timestamp.from(windowStart.plus(Duration.ofDays(30))), round.id()).update();
        for (int i = 0; i < 2; i++) {
            UUID candidate = fixtures.candidate();
            fixtures.paidRegistration(candidate, "associate");
            fixtures.completePortfolio(candidate);
        }
        String page = page("/admin/assessors/forecast/" + round.id(), admin);
        assertThat(page).contains("Capacity forecast: " + round.name()).contains("The pool is short")
                .contains("Associate CMALT: 2 expected, the pool can take 0.");

        assessors.add(admin, email(person("Lee Lead")), "cmalt", "University of Leeds", List.of(), 5, 3);
        UUID away = assessors.add(admin, email(person("Al Away")), "cmalt", "University of York", List.of(), 5, 0);
        LocalDate firstDay = windowStart.atZone(ZoneId.of("Europe/London")).toLocalDate();
        assessors.addUnavailable(admin, away, firstDay.plusDays(3), firstDay.plusDays(10));
        assertThat(page("/admin/assessors/forecast/" + round.id(), admin)).contains("The pool is short")
                .contains("assessors away during it are not counted");

        assessors.add(admin, email(person("Sam Second")), "senior", "University of Hull", List.of(), 5, 0);
        assertThat(page("/admin/assessors/forecast/" + round.id(), admin))
                .contains("The pool can take every submission expected").doesNotContain("The pool is short");

        assertThat(page("/admin/rounds/" + round.id(), admin)).contains("href=\"/admin/assessors/forecast/" + round.id() + "\"");
        mvc.perform(get("/admin/assessors/forecast/" + UUID.randomUUID()).with(as(admin, "ADMINISTRATOR"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/assessors/forecast/" + round.id()).with(as(person("Cat Candidate"), "CANDIDATE")))
                .andExpect(status().isForbidden());
    }

    private UUID person(String name) {
        return people.createVerified(name, UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE).id();
    }

    private String email(UUID person) {
        return people.find(person).orElseThrow().email();
    }

    private String page(String path, UUID admin) throws Exception {
        return mvc.perform(get(path).with(as(admin, "ADMINISTRATOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static RequestPostProcessor as(UUID person, String... roles) {
        return user(person.toString()).roles(roles);
    }
}
