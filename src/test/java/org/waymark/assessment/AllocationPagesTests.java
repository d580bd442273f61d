package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/**
 * The proposed allocation of a round: an assessor at the candidate's institution is never proposed for that
 * candidate; a round with nothing accepted says so. Its own context: the pool is every assessor in the database.
 */
@WaymarkTest
@TestPropertySource(properties = "waymark.test.isolated=allocation")
class AllocationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext spring;
    @Autowired
    People people;
    @Autowired
    Assessors assessors;
    @Autowired
    SubmissionService submitting;
    @Autowired
    CompletenessCheck completeness;

    @Test
    void theProposalGivesEachAcceptedSubmissionALeadAndASecondWithoutConflicts() throws Exception {
        SubmissionFixtures fixtures = new SubmissionFixtures(spring);
        UUID admin = people.createVerified("Ada Admin", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.ADMINISTRATOR).id();
        Round round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
        UUID york = candidateSubmitting(fixtures, round, "Yan York", "University of York");
        UUID leeds = candidateSubmitting(fixtures, round, "Lou Leeds", "University of Leeds");
        Submission fromYork = accepted(admin, york, round);
        Submission fromLeeds = accepted(admin, leeds, round);

        assessors.add(admin, email(person("Lee Lead")), "cmalt", "The University of York", List.of(), 5, 3);
        assessors.add(admin, email(person("Mo Lead")), "cmalt", "University of Hull", List.of(), 5, 4);
        assessors.add(admin, email(person("Sam Second")), "cmalt", "University of Hull", List.of(), 5, 0);

        Document page = Jsoup.parse(page("/admin/assessors/allocation/" + round.id(), admin));
        assertThat(page.select("h1").text()).isEqualTo("Allocation: " + round.name());
        assertThat(page.select("#shortfalls")).isEmpty();
        var yorkCells = page.select("tbody tr:contains(" + fromYork.reference() + ")");
        assertThat(yorkCells.text()).contains("Yan York").contains("Associate CMALT");
        assertThat(yorkCells.select("option[selected]").eachText()).containsExactly("Mo Lead", "Sam Second");
        String leedsRow = page.select("tbody tr:contains(" + fromLeeds.reference() + ")").text();
        assertThat(leedsRow).contains("Lou Leeds").doesNotContain("Not allocated");
        assertThat(page.select("caption").text()).isEqualTo("2 submissions to allocate, 2 proposed");

        Round empty = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(60)));
        assertThat(page("/admin/assessors/allocation/" + empty.id(), admin)).contains("No submission of this round is accepted");
        assertThat(page("/admin/rounds/" + round.id(), admin)).contains("href=\"/admin/assessors/allocation/" + round.id() + "\"");
        mvc.perform(get("/admin/assessors/allocation/" + UUID.randomUUID()).with(as(admin, "ADMINISTRATOR"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/assessors/allocation/" + round.id()).with(as(york, "CANDIDATE"))).andExpect(status().isForbidden());
    }

    private UUID candidateSubmitting(SubmissionFixtures fixtures, Round round, String name, String institution) {
        UUID candidate = fixtures.candidate(name, UUID.randomUUID() + "@example.org");
        people.updateProfile(candidate, "Learning technologist", institution, "Higher education", 4);
        fixtures.paidRegistration(candidate, "associate");
        submitting.submit(candidate, fixtures.completePortfolio(candidate), round.id(), null, null, Instant.now());
        return candidate;
    }

    private Submission accepted(UUID admin, UUID candidate, Round round) {
        Submission submission = submitting.submittedBy(candidate).stream().filter(s -> s.roundId().equals(round.id()))
                .findFirst().map(s -> completeness.find(s.id())).orElseThrow();
        return completeness.accept(admin, submission.id());
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
