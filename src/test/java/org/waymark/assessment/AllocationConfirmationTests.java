package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.assessment.internal.allocation.AssessmentReminders;
import org.waymark.assessment.internal.allocation.RoundAllocation;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.SettableClock;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.support.WaymarkTest;

/**
 * A round's allocation from proposal to the assessors' answers: a swap the rules refuse says why next to the choice
 * and keeps it; confirming makes one assessment per submission with two offered places and emails the assessors,
 * and confirming again changes nothing; accepting opens the portfolio (and only to them); declining proposes a
 * replacement the administrator offers; replacing ends the replaced assessor's access; reminders go once each.
 * Its own context and database: the pool is every assessor in it.
 */
@WaymarkTest
@TestPropertySource(properties = "waymark.test.isolated=allocation-confirmation")
@Import(AllocationConfirmationTests.Clocks.class)
class AllocationConfirmationTests {

    static final SettableClock CLOCK = new SettableClock();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

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
    @Autowired
    AssessmentStore store;
    @Autowired
    Permissions permissions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Portfolios portfolios;
    @Autowired
    RoundAllocation allocation;
    @Autowired
    AssessmentReminders reminders;

    @Test
    void fromProposalToAnsweredPlacesWithReplacementsAndReminders() throws Exception {
        CLOCK.now = Instant.now();
        SubmissionFixtures fixtures = new SubmissionFixtures(spring);
        UUID admin = people.createVerified("Ada Admin", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.ADMINISTRATOR).id();
        Round round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
        UUID mo = assessor(admin, "Mo Lead", "University of Hull", 3);
        UUID lee = assessor(admin, "Lee Lead", "The University of York", 3);
        UUID sam = assessor(admin, "Sam Second", "University of Hull", 0);
        UUID pat = assessor(admin, "Pat Second", "University of Bath", 0);
        UUID york = candidateSubmitting(fixtures, round, "Yan York", "University of York", null);
        UUID leeds = candidateSubmitting(fixtures, round, "Lou Leeds", "University of Leeds", email(pat));
        Submission fromYork = accepted(admin, york, round);
        Submission fromLeeds = accepted(admin, leeds, round);
        String page = "/admin/assessors/allocation/" + round.id();

        // The candidate's suggested assessor is in the problem, and honoured: free and without a conflict.
        RoundAllocation.View proposed = allocation.view(round.id()).orElseThrow();
        assertThat(proposed.problem().submission(fromLeeds.id()).orElseThrow().suggestedAssessor()).isEqualTo(pat);
        assertThat(proposed.proposal().pair(fromLeeds.id()).orElseThrow().second()).isEqualTo(pat);

        // A refused swap: Lee is at the York candidate's institution. Said next to the choice; the choice is kept.
        var yorkPair = proposed.proposal().pair(fromYork.id()).orElseThrow();
        var leedsPair = proposed.proposal().pair(fromLeeds.id()).orElseThrow();
        Document refused = Jsoup.parse(mvc.perform(choices(post(page), fromYork.id(), lee, yorkPair.second(), fromLeeds.id(),
                        leedsPair.lead(), leedsPair.second()).param("action", "confirm").with(as(admin, "ADMINISTRATOR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#lead-" + fromYork.id() + "-error").text()).contains("Lee Lead has a conflict with " + fromYork.reference());
        assertThat(refused.select("#lead-" + fromYork.id() + " option[selected]").attr("value")).isEqualTo(lee.toString());
        assertThat(refused.select(".error-summary a").attr("href")).isEqualTo("#lead-" + fromYork.id());
        assertThat(store.inRound(round.id())).isEmpty();

        // Confirm the proposal: two assessments, four offered places, emails to the four assessors.
        mvc.perform(choices(post(page), fromYork.id(), yorkPair.lead(), yorkPair.second(), fromLeeds.id(), leedsPair.lead(),
                        leedsPair.second()).param("action", "confirm").with(as(admin, "ADMINISTRATOR")).with(csrf()))
                .andExpect(redirectedUrl(page));
        List<Assessment> made = store.inRound(round.id());
        assertThat(made).hasSize(2).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(Assessment.Status.IN_REVIEW);
            assertThat(a.type().name()).isEqualTo("FIRST");
            assertThat(a.previousOutcome()).isNull();
            assertThat(store.places(a.id())).extracting(Place::status).containsOnly(Place.Status.OFFERED).hasSize(2);
        });
        Assessment leedsAssessment = store.findBySubmission(fromLeeds.id()).orElseThrow();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(pat))
                .anySatisfy(m -> assertThat(m).startsWith("You have been asked to assess " + fromLeeds.reference())
                        .contains("Associate CMALT").contains("second assessor").contains("/assessor").doesNotContain("Lou Leeds")));

        // Confirming again (Back, another tab) changes nothing and says so plainly.
        mvc.perform(choices(post(page), fromYork.id(), yorkPair.lead(), yorkPair.second(), fromLeeds.id(), leedsPair.lead(),
                        leedsPair.second()).param("action", "confirm").with(as(admin, "ADMINISTRATOR")).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(store.inRound(round.id())).hasSize(2);
        Document confirmed = Jsoup.parse(mvc.perform(get(page).with(as(admin, "ADMINISTRATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(confirmed.select("#confirmed tbody tr")).hasSize(2);
        assertThat(confirmed.select("#confirmed").text()).contains("Pat Second (offered)");
        assertThat(confirmed.select("#proposal")).isEmpty();

        // Pat accepts: the portfolio opens to Pat, not to the other assessors, nor to a candidate.
        Place patPlace = store.currentOf(leedsAssessment.id(), pat).orElseThrow();
        mvc.perform(post("/assessor/places/" + patPlace.id() + "/accept").with(as(pat, "ASSESSOR")).with(csrf()))
                .andExpect(redirectedUrl("/assessor"));
        assertThat(store.place(patPlace.id()).orElseThrow().status()).isEqualTo(Place.Status.ACCEPTED);
        assertThat(permissions.relations(pat, "submission", fromLeeds.id())).containsExactly(Relation.ASSESSOR);
        String portfolio = "/assessor/assessments/" + leedsAssessment.id();
        assertThat(mvc.perform(get(portfolio).with(as(pat, "ASSESSOR"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains(fromLeeds.reference()).contains("What I did for 1a").doesNotContain("Lou Leeds");
        mvc.perform(get(portfolio).with(as(sam, "ASSESSOR"))).andExpect(status().isNotFound());
        mvc.perform(get(portfolio).with(as(leeds, "CANDIDATE"))).andExpect(status().isForbidden());
        mvc.perform(get(portfolio)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get(portfolio + "/evidence/" + UUID.randomUUID()).with(as(pat, "ASSESSOR"))).andExpect(status().isNotFound());
        mvc.perform(get(portfolio + "/evidence/" + UUID.randomUUID()).with(as(sam, "ASSESSOR"))).andExpect(status().isNotFound());
        // Someone else's offer can be neither accepted nor declined by Sam.
        Place leedsLead = store.current(leedsAssessment.id(), Place.Role.LEAD).orElseThrow();
        UUID other = leedsLead.assessorId().equals(sam) ? mo : sam;
        mvc.perform(post("/assessor/places/" + leedsLead.id() + "/accept").with(as(other, "ASSESSOR")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/assessor/places/" + leedsLead.id() + "/accept").with(as(leedsLead.assessorId(), "ASSESSOR")))
                .andExpect(status().isForbidden()); // no CSRF token

        // The lead declines: a reason is required (and the text kept), then the administrator is told.
        UUID decliner = leedsLead.assessorId();
        Document blank = Jsoup.parse(mvc.perform(post("/assessor/places/" + leedsLead.id() + "/decline").param("reason", "  ")
                        .with(as(decliner, "ASSESSOR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(blank.select("#reason-" + leedsLead.id() + "-error").text()).contains("Say why you are declining");
        mvc.perform(post("/assessor/places/" + leedsLead.id() + "/decline").param("reason", "On leave that month")
                        .with(as(decliner, "ASSESSOR")).with(csrf()))
                .andExpect(redirectedUrl("/assessor"));
        assertThat(store.place(leedsLead.id()).orElseThrow().status()).isEqualTo(Place.Status.DECLINED);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(admin))
                .anySatisfy(m -> assertThat(m).contains("declined to assess " + fromLeeds.reference()).contains("On leave that month")));

        // The page proposes a replacement who may lead, is free and has no conflict; the administrator offers it.
        RoundAllocation.Replacement replacement = allocation.view(round.id()).orElseThrow().confirmed(leedsAssessment.id())
                .orElseThrow().open().get(org.waymark.assessment.internal.allocation.Swap.Role.LEAD);
        // (Other tests in this context add assessors to the pool: whoever it is, never the one who declined, nor
        // Pat, the second, nor Sam, who may not lead yet.)
        UUID expected = replacement.proposed();
        assertThat(expected).isNotNull().isNotIn(decliner, pat, sam);
        Document open = Jsoup.parse(mvc.perform(get(page).with(as(admin, "ADMINISTRATOR"))).andReturn().getResponse().getContentAsString());
        String field = "#assessor-" + leedsAssessment.id() + "-lead";
        assertThat(open.select(field + " option[selected]").attr("value")).isEqualTo(expected.toString());
        assertThat(open.select("#confirmed").text()).contains("On leave that month");
        // Pat, the second, may not also lead: refused with the reason next to the choice.
        Document refusedOffer = Jsoup.parse(mvc.perform(post(page + "/assessments/" + leedsAssessment.id() + "/lead")
                        .param("assessor", pat.toString()).with(as(admin, "ADMINISTRATOR")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refusedOffer.select(field + "-error").text()).contains("Pat Second");
        mvc.perform(post(page + "/assessments/" + leedsAssessment.id() + "/lead").param("assessor", expected.toString())
                        .with(as(admin, "ADMINISTRATOR")).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(store.current(leedsAssessment.id(), Place.Role.LEAD).orElseThrow().assessorId()).isEqualTo(expected);

        // Reminders: an offer unanswered for five days, once however often the job runs.
        CLOCK.now = CLOCK.now.plus(Duration.ofDays(6));
        reminders.sendDue();
        reminders.sendDue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(expected))
                .filteredOn(m -> m.startsWith("Reminder: will you assess " + fromLeeds.reference())).hasSize(1));

        // Replacing Pat (accepted) ends Pat's access to the portfolio.
        mvc.perform(post(page + "/assessments/" + leedsAssessment.id() + "/second").param("assessor", sam.toString())
                        .with(as(admin, "ADMINISTRATOR")).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(store.place(patPlace.id()).orElseThrow().status()).isEqualTo(Place.Status.REPLACED);
        CLOCK.now = CLOCK.now.plusSeconds(1);
        mvc.perform(get(portfolio).with(as(pat, "ASSESSOR"))).andExpect(status().isNotFound());

        // Every decision is in the audit trail.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'submission' AND object_id = ?")
                    .param(fromLeeds.id().toString()).query(String.class).list())
                    .contains("assessment.allocated", "assessment.accepted", "assessment.declined", "assessment.replaced");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'allocation.confirmed' AND object_id = ?")
                    .param(round.id().toString()).query(Integer.class).single()).isEqualTo(1);
        });

        // Roles: candidates may not see the allocation page or post to it, nor reach the assessor's home.
        mvc.perform(get(page).with(as(york, "CANDIDATE"))).andExpect(status().isForbidden());
        mvc.perform(post(page).param("action", "confirm").with(as(sam, "ASSESSOR")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/assessor").with(as(york, "CANDIDATE"))).andExpect(status().isForbidden());
        mvc.perform(get("/assessor").with(as(admin, "ADMINISTRATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/assessor")).andExpect(redirectedUrl("/sign-in"));
        assertThat(mvc.perform(get("/assessor").with(as(expected, "ASSESSOR"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains(fromLeeds.reference()).contains("Accept");
    }

    @Test
    void acceptedReviewsNotSubmittedAreRemindedAWeekBeforeAndWhenOverdueEachOnce() {
        CLOCK.now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        UUID assessor = people.createVerified("Rae Reviewer", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.ASSESSOR).id();
        Instant due = CLOCK.now.plus(Duration.ofDays(20));
        Assessment a = new Assessment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "cmalt",
                org.waymark.framework.AssessmentType.FIRST, null, false, Assessment.Status.IN_REVIEW, due, CLOCK.now,
                UUID.randomUUID(), null, null, null, null, null, 0);
        store.insert(a);
        Place place = new Place(UUID.randomUUID(), a.id(), Place.Role.SECOND, assessor, Place.Status.OFFERED, CLOCK.now, null, null, null, 0);
        store.insert(place);
        store.movePlace(place.id(), 0, Place.Status.ACCEPTED, CLOCK.now, null);

        // Recorded on the place (synchronously) before the email is queued: when it is recorded says which reminders went.
        CLOCK.now = due.minus(Duration.ofDays(8));
        reminders.sendDue();
        assertThat(remindedAt(place)).isNull();
        Instant weekBefore = due.minus(Duration.ofDays(7));
        CLOCK.now = weekBefore;
        reminders.sendDue();
        CLOCK.now = due.minus(Duration.ofDays(1));
        reminders.sendDue();
        assertThat(remindedAt(place)).isEqualTo(weekBefore);
        CLOCK.now = due;
        reminders.sendDue();
        CLOCK.now = due.plus(Duration.ofDays(3));
        reminders.sendDue();
        assertThat(remindedAt(place)).isEqualTo(due);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(assessor)).hasSize(2));
        assertThat(mailTo(assessor)).anySatisfy(m -> assertThat(m).contains("is due on"))
                .anySatisfy(m -> assertThat(m).contains("is overdue"));

        // A submitted review stops them.
        Assessment b = new Assessment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, "cmalt",
                org.waymark.framework.AssessmentType.FIRST, null, false, Assessment.Status.IN_REVIEW, CLOCK.now.plus(Duration.ofDays(2)),
                CLOCK.now, UUID.randomUUID(), null, null, null, null, null, 0);
        store.insert(b);
        Place done = new Place(UUID.randomUUID(), b.id(), Place.Role.LEAD, assessor, Place.Status.ACCEPTED, CLOCK.now, CLOCK.now, null, null, 0);
        store.insert(done);
        jdbc.sql("INSERT INTO review (id, assessment_id, assessor_id, role, status, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, 'LEAD', 'SUBMITTED', ?, ?, 0)")
                .params(UUID.randomUUID(), b.id(), assessor, java.sql.Timestamp.from(CLOCK.now), java.sql.Timestamp.from(CLOCK.now)).update();
        CLOCK.now = CLOCK.now.plus(Duration.ofDays(5));
        reminders.sendDue();
        assertThat(remindedAt(done)).isNull();
        assertThat(remindedAt(place)).isEqualTo(due);
    }

    private Instant remindedAt(Place place) {
        Instant at = store.place(place.id()).orElseThrow().lastRemindedAt();
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    @Test
    void aBlindExternalPortfolioShowsItsLinkAndAccessDetailsButNeverTheCandidatesName() throws Exception {
        CLOCK.now = Instant.now();
        SubmissionFixtures fixtures = new SubmissionFixtures(spring);
        UUID admin = people.createVerified("Ada Admin", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.ADMINISTRATOR).id();
        Instant now = Instant.now();
        Instant closes = now.plus(Duration.ofDays(30)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Round round = spring.getBean(org.waymark.submission.internal.Rounds.class).save(new Round(UUID.randomUUID(),
                "Blind " + UUID.randomUUID().toString().substring(0, 5), org.waymark.submission.RoundKind.FIXED,
                now.minus(Duration.ofDays(1)), closes, now.plus(Duration.ofDays(40)), now.plus(Duration.ofDays(70)),
                closes.plus(Duration.ofDays(90)), null, true, null, null, now, now, null));
        UUID candidate = fixtures.candidate("Ezra Elsewhere", UUID.randomUUID() + "@example.org");
        people.updateProfile(candidate, "Learning technologist", "Elsewhere University", "Higher education", 4);
        fixtures.paidRegistration(candidate, "associate");
        java.util.Map<String, String> map = new java.util.HashMap<>();
        org.waymark.submission.internal.ExternalSectionRows.required(spring.getBean(org.waymark.framework.FrameworkCatalogue.class)
                .current().pathway("associate")).forEach(row -> map.put(row.id(), "https://sites.google.com/view/ezra/" + row.id()));
        Submission submission = spring.getBean(org.waymark.submission.internal.ExternalSubmissions.class).submitExternal(candidate,
                round.id(), "associate", new org.waymark.submission.internal.ExternalPortfolio("https://sites.google.com/view/ezra",
                        null, "Password: tea-and-biscuits", map, java.util.Map.of(), null, null, true), Instant.now());
        completeness.accept(admin, submission.id());
        UUID lead = assessor(admin, "Lio Lead", "University of Hull", 3);
        UUID second = assessor(admin, "Sue Second", "University of Bath", 0);

        List<Assessment> made = spring.getBean(org.waymark.assessment.internal.allocation.Allocations.class).confirm(admin,
                round.id(), List.of(new org.waymark.assessment.internal.allocation.AllocationProposal.Pair(submission.id(), lead, second)));
        Assessment assessment = made.getFirst();
        assertThat(assessment.blind()).isTrue();
        assertThat(assessment.dueAt()).isBetween(now.plus(Duration.ofDays(70)).minusSeconds(1), now.plus(Duration.ofDays(70)).plusSeconds(1));
        Place place = store.currentOf(assessment.id(), second).orElseThrow();
        mvc.perform(post("/assessor/places/" + place.id() + "/accept").with(as(second, "ASSESSOR")).with(csrf()))
                .andExpect(redirectedUrl("/assessor"));
        // The grant ends 30 days after the due date.
        CLOCK.now = assessment.dueAt().plus(Duration.ofDays(29));
        String page = mvc.perform(get("/assessor/assessments/" + assessment.id()).with(as(second, "ASSESSOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("https://sites.google.com/view/ezra").contains("Password: tea-and-biscuits")
                .contains("Blind assessment").doesNotContain("Ezra Elsewhere").doesNotContain("Elsewhere University");
        mvc.perform(get("/assessor/assessments/" + assessment.id() + "/file").with(as(second, "ASSESSOR"))).andExpect(status().isNotFound());
        mvc.perform(get("/assessor/assessments/" + assessment.id() + "/file").with(as(lead, "ASSESSOR"))).andExpect(status().isNotFound());
        CLOCK.now = assessment.dueAt().plus(Duration.ofDays(31));
        mvc.perform(get("/assessor/assessments/" + assessment.id()).with(as(second, "ASSESSOR"))).andExpect(status().isNotFound());
        CLOCK.now = Instant.now();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mailTo(lead))
                .anySatisfy(m -> assertThat(m).contains("blind assessment").doesNotContain("Ezra")));
    }

    private static MockHttpServletRequestBuilder choices(MockHttpServletRequestBuilder request, UUID first, UUID firstLead,
                                                         UUID firstSecond, UUID second, UUID secondLead, UUID secondSecond) {
        return request.param("lead-" + first, firstLead.toString()).param("second-" + first, firstSecond.toString())
                .param("lead-" + second, secondLead.toString()).param("second-" + second, secondSecond.toString());
    }

    private UUID assessor(UUID admin, String name, String institution, int timesAsSecond) {
        UUID person = people.createVerified(name, UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE).id();
        return assessors.add(admin, email(person), "cmalt", institution, List.of(), 5, timesAsSecond);
    }

    private UUID candidateSubmitting(SubmissionFixtures fixtures, Round round, String name, String institution, String suggested) {
        UUID candidate = fixtures.candidate(name, UUID.randomUUID() + "@example.org");
        people.updateProfile(candidate, "Learning technologist", institution, "Higher education", 4);
        fixtures.paidRegistration(candidate, "associate");
        UUID portfolio = fixtures.completePortfolio(candidate);
        if (suggested != null) {
            portfolios.confirm(portfolio, true, "Suggested Person", suggested);
        }
        submitting.submit(candidate, portfolio, round.id(), null, null, Instant.now());
        return candidate;
    }

    private Submission accepted(UUID admin, UUID candidate, Round round) {
        Submission submission = submitting.submittedBy(candidate).stream().filter(s -> s.roundId().equals(round.id()))
                .findFirst().map(s -> completeness.find(s.id())).orElseThrow();
        return completeness.accept(admin, submission.id());
    }

    private String email(UUID person) {
        return people.find(person).orElseThrow().email();
    }

    private List<String> mailTo(UUID person) {
        return jdbc.sql("SELECT subject || ' ' || body FROM mail_outbox WHERE recipient = ? ORDER BY created_at")
                .param(email(person)).query(String.class).list();
    }

    private static RequestPostProcessor as(UUID person, String... roles) {
        return user(person.toString()).roles(roles);
    }
}
