package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.submission.internal.ExtensionService;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.RoundDetails;
import org.waymark.submission.internal.RoundService;
import org.waymark.support.WaymarkTest;

/** The round pages for every role: administrators run rounds and extensions; candidates see only their own requests. */
@WaymarkTest
@Import(RoundPagesTests.Clocks.class)
class RoundPagesTests {

    @Autowired
    ApplicationContext spring;

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
    People people;
    @Autowired
    RoundService rounds;
    @Autowired
    ExtensionService extensions;
    @Autowired
    JdbcClient jdbc;

    UUID admin;

    @BeforeEach
    void now() {
        CLOCK.now = Instant.parse("2027-01-10T09:00:00Z");
        admin = person("Ada Admin", Role.ADMINISTRATOR);
    }

    @Test
    void nobodyButAnAdministratorReachesTheRoundAdministration() throws Exception {
        Round round = fixedRound("Guarded");
        for (String role : new String[] {"CANDIDATE", "MENTOR", "ASSESSOR"}) {
            RequestPostProcessor other = user(person("Other", Role.valueOf(role)).toString()).roles(role);
            for (String path : List.of("/admin/rounds", "/admin/rounds/new", "/admin/rounds/" + round.id(),
                    "/admin/rounds/" + round.id() + "/edit", "/admin/rounds/" + round.id() + "/close",
                    "/admin/rounds/" + round.id() + "/extensions")) {
                mvc.perform(get(path).with(other)).andExpect(status().isForbidden());
            }
            mvc.perform(post("/admin/rounds").param("kind", "FIXED").param("name", "Mine").with(other).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/rounds/" + round.id() + "/close").with(other).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/rounds/" + round.id() + "/extensions").param("email", "x@example.org").with(other).with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(page("/home", other)).doesNotContain("href=\"/admin/rounds\"");
        }
        assertThat(rounds.get(round.id()).closed()).isFalse();
        mvc.perform(get("/rounds")).andExpect(status().is3xxRedirection());
        assertThat(page("/home", asAdmin())).contains("href=\"/admin/rounds\"");
    }

    @Test
    void anAdministratorCreatesAFixedRoundInUkTimeAndSeesItWithTheZoneNamed() throws Exception {
        String location = mvc.perform(post("/admin/rounds").with(asAdmin()).with(csrf()).param("kind", "FIXED")
                        .param("name", "Spring 2027").param("opensOn", "2027-01-04").param("opensTime", "09:00")
                        .param("closesOn", "31/3/2027").param("closesTime", "12:00").param("assessmentStartsOn", "2027-04-01")
                        .param("assessmentEndsOn", "2027-04-30").param("resultsOn", "2027-05-14"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        assertThat(rounds.get(id).closesAt()).isEqualTo(Instant.parse("2027-03-31T11:00:00Z"));
        assertThat(page(location, asAdmin())).contains("31 March 2027, 12:00 BST").contains("4 January 2027, 09:00 GMT")
                .contains("1 April 2027 to 30 April 2027");
        assertThat(page("/admin/rounds", asAdmin())).contains("Spring 2027");
        assertThat(page("/rounds", asCandidate(person("Cat", Role.CANDIDATE)))).contains("Spring 2027").contains("31 March 2027, 12:00 BST");
    }

    @Test
    void aTimeTheClocksSkipIsShownBackAsAnErrorWithEverythingTyped() throws Exception {
        String page = mvc.perform(post("/admin/rounds").with(asAdmin()).with(csrf()).param("kind", "FIXED")
                        .param("name", "Skipped hour").param("opensOn", "2027-01-04").param("opensTime", "09:00")
                        .param("closesOn", "2027-03-28").param("closesTime", "01:30").param("resultsOn", "not a date"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Create a fixed-deadline round - Waymark</title>")
                .contains("href=\"#closesTime\"").contains("There is no 01:30 on 28 March 2027 in the UK")
                .contains("href=\"#resultsOn\"").contains("Enter a real date").contains("value=\"Skipped hour\"")
                .contains("value=\"not a date\"");
        // Each message also stands next to its field, which points to it.
        assertThat(page).contains("id=\"closesTime-error\"").contains("id=\"resultsOn-error\"")
                .containsPattern("id=\"closesTime\"[^>]*aria-describedby=\"[^\"]*closesTime-error")
                .containsPattern("id=\"resultsOn\"[^>]*aria-invalid=\"true\"");
        assertThat(rounds.all()).noneMatch(r -> r.name().equals("Skipped hour"));
    }

    @Test
    void aChangeSavedInAStaleFormIsRefusedWithWhatWasTypedAndWhatIsStoredNow() throws Exception {
        Round round = fixedRound("Two tabs");
        String form = page("/admin/rounds/" + round.id() + "/edit", asAdmin());
        assertThat(form).contains("name=\"version\" value=\"" + round.version() + "\"");
        // Another administrator saves first, from a form loaded at the same version.
        UUID other = person("Bo Admin", Role.ADMINISTRATOR);
        mvc.perform(changeOf(round, round.version(), "Moved by Bo", "2027-04-30").with(user(other.toString()).roles("ADMINISTRATOR")))
                .andExpect(status().is3xxRedirection());
        Round theirs = rounds.get(round.id());

        String stale = mvc.perform(changeOf(round, round.version(), "Mine, typed", "31/5/2027").with(asAdmin()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(stale).contains("Someone else changed this round while you were editing")
                .contains("value=\"Mine, typed\"").contains("value=\"31/5/2027\"")
                .contains("Moved by Bo").contains("30 April 2027, 12:00 BST")
                .contains("href=\"#name\"").contains("href=\"#closesOn\"").doesNotContain("href=\"#opensOn\"")
                .contains("name=\"version\" value=\"" + theirs.version() + "\"");
        assertThat(rounds.get(round.id())).isEqualTo(theirs);

        // Saving again from that page is a choice made knowing what was stored: it is saved.
        mvc.perform(changeOf(round, theirs.version(), "Mine, typed", "31/5/2027").with(asAdmin()))
                .andExpect(status().is3xxRedirection());
        assertThat(rounds.get(round.id()).name()).isEqualTo("Mine, typed");
        assertThat(rounds.get(round.id()).closesAt()).isEqualTo(Instant.parse("2027-05-31T11:00:00Z"));
    }

    @Test
    void aStaleFormWithMistakesShowsBothTheMistakesAndWhatIsStoredNow() throws Exception {
        Round round = fixedRound("Stale and wrong");
        rounds.change(admin, round.id(), round.version(), new RoundDetails("Stale and wrong, renamed", LocalDate.parse("2027-01-04"),
                LocalTime.parse("09:00"), LocalDate.parse("2027-03-31"), LocalTime.NOON, null, null, null, null, true));

        String page = mvc.perform(changeOf(round, round.version(), "Stale and wrong", "not a date").with(asAdmin()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<title>Error: Change Stale and wrong, renamed - Waymark</title>")
                .contains("Enter a real date").contains("value=\"not a date\"")
                .contains("Someone else changed this round while you were editing").contains("Blind assessment");
        assertThat(rounds.get(round.id()).name()).isEqualTo("Stale and wrong, renamed");
    }

    @Test
    void aCandidateAsksForAnExtensionAndSeesOnlyTheirOwnRequest() throws Exception {
        Round round = fixedRound("Asked");
        UUID asker = registered("Asker");
        UUID other = registered("Other");

        mvc.perform(post("/rounds/" + round.id() + "/extension-requests").with(asCandidate(asker)).with(csrf())
                .param("reason", "My laptop was stolen on the tenth")).andExpect(status().is3xxRedirection());

        assertThat(page("/rounds/" + round.id(), asCandidate(asker))).contains("My laptop was stolen on the tenth")
                .contains("waiting for an answer");
        assertThat(page("/rounds/" + round.id(), asCandidate(other))).doesNotContain("My laptop was stolen")
                .contains("Ask for an extension");
        assertThat(page("/admin/rounds/" + round.id() + "/extensions", asAdmin())).contains("My laptop was stolen on the tenth");
    }

    @Test
    void aCandidateWithoutAValidRegistrationCannotAsk() throws Exception {
        Round round = fixedRound("Unregistered");
        UUID unregistered = person("Una", Role.CANDIDATE);

        assertThat(page("/rounds/" + round.id(), asCandidate(unregistered))).doesNotContain("Ask for an extension");
        String refused = mvc.perform(post("/rounds/" + round.id() + "/extension-requests").with(asCandidate(unregistered))
                .with(csrf()).param("reason", "Please")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("You need a paid registration");
        assertThat(extensions.requestsOf(round.id(), unregistered)).isEmpty();
    }

    @Test
    void aRequestForMoreTimeIsEmailedToEveryActiveAdministrator() throws Exception {
        Round round = fixedRound("Asked");
        UUID candidate = registered("Asha");

        mvc.perform(post("/rounds/" + round.id() + "/extension-requests").with(asCandidate(candidate)).with(csrf())
                .param("reason", "My father is in hospital")).andExpect(status().is3xxRedirection());

        String adminEmail = people.find(admin).orElseThrow().email();
        // anySatisfy: an earlier test's request, delivered late, may reach this administrator too.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bodiesTo(adminEmail)).anySatisfy(body ->
                assertThat(body).contains("Asha").contains("Asked").contains("My father is in hospital")
                        .contains("/admin/rounds/" + round.id() + "/extensions")));
        assertThat(bodiesTo(people.find(candidate).orElseThrow().email())).isEmpty();
    }

    @Test
    void anAdministratorGrantsARequestAndTheCandidateIsEmailedAndSeesTheExtension() throws Exception {
        Round round = fixedRound("Granted");
        UUID candidate = registered("Gail");
        var request = extensions.ask(candidate, round.id(), "Bereavement");

        mvc.perform(post("/admin/rounds/" + round.id() + "/extensions/requests/" + request.id() + "/grant").with(asAdmin())
                        .with(csrf()).param("untilOn", "2027-04-07").param("untilTime", "17:00").param("reason", "Sorry for your loss"))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/rounds/" + round.id(), asCandidate(candidate))).contains("You may submit until")
                .contains("7 April 2027, 17:00 BST").contains("granted");
        String email = people.find(candidate).orElseThrow().email();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bodiesTo(email)).singleElement().asString()
                .contains("extended until 7 April 2027 at 17:00 (UK time, BST)").contains("Sorry for your loss")
                .contains("/rounds/" + round.id()));
    }

    @Test
    void anAdministratorDeclinesWithAnAnswerTheCandidateReads() throws Exception {
        Round round = fixedRound("Declined");
        UUID candidate = registered("Dee");
        var request = extensions.ask(candidate, round.id(), "I forgot");

        String empty = mvc.perform(post("/admin/rounds/" + round.id() + "/extensions/requests/" + request.id() + "/decline")
                .with(asAdmin()).with(csrf()).param("answer", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("href=\"#answer-decline-" + request.id() + "\"").contains("Say why the request is declined");

        mvc.perform(post("/admin/rounds/" + round.id() + "/extensions/requests/" + request.id() + "/decline").with(asAdmin())
                .with(csrf()).param("answer", "Forgetting is not a reason")).andExpect(status().is3xxRedirection());

        assertThat(page("/rounds/" + round.id(), asCandidate(candidate))).contains("not granted").contains("Forgetting is not a reason");
        String email = people.find(candidate).orElseThrow().email();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(bodiesTo(email)).singleElement().asString()
                .contains("Forgetting is not a reason"));
    }

    @Test
    void anAdministratorGrantsDirectlyByEmailAndClosesTheRoundAfterAskingFirst() throws Exception {
        Round round = fixedRound("Direct");
        UUID candidate = registered("Dora");
        String email = people.find(candidate).orElseThrow().email();

        String unknown = mvc.perform(post("/admin/rounds/" + round.id() + "/extensions").with(asAdmin()).with(csrf())
                .param("email", "nobody@example.org").param("untilOn", "2027-03-01").param("untilTime", "12:00")
                .param("reason", "x")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("href=\"#email-new\"").contains("href=\"#untilOn-new\"").contains("value=\"nobody@example.org\"");

        mvc.perform(post("/admin/rounds/" + round.id() + "/extensions").with(asAdmin()).with(csrf()).param("email", email)
                .param("untilOn", "2027-04-02").param("untilTime", "12:00").param("reason", "Agreed by phone"))
                .andExpect(status().is3xxRedirection());
        assertThat(rounds.deadlineFor(round, candidate)).contains(Instant.parse("2027-04-02T11:00:00Z"));

        assertThat(page("/admin/rounds/" + round.id() + "/close", asAdmin())).contains("Yes, close the round");
        mvc.perform(post("/admin/rounds/" + round.id() + "/close").with(asAdmin()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(rounds.get(round.id()).closed()).isTrue();
        assertThat(page("/rounds/" + round.id(), asCandidate(candidate))).contains("was closed on").doesNotContain("Submit your portfolio");
    }

    private Round fixedRound(String name) {
        return rounds.create(admin, RoundKind.FIXED, new RoundDetails(name + " " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.parse("2027-01-04"), LocalTime.parse("09:00"), LocalDate.parse("2027-03-31"), LocalTime.NOON,
                null, null, null, null, false)).round();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changeOf(Round round, Long version,
                                                                                                 String name, String closesOn) {
        return post("/admin/rounds/" + round.id()).with(csrf()).param("version", String.valueOf(version)).param("name", name)
                .param("opensOn", "2027-01-04").param("opensTime", "09:00").param("closesOn", closesOn)
                .param("closesTime", "12:00");
    }

    private UUID registered(String name) {
        UUID id = person(name, Role.CANDIDATE);
        new SubmissionFixtures(spring).paidRegistration(id, "cmalt");
        return id;
    }

    private List<String> bodiesTo(String email) {
        return jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ? AND subject NOT LIKE 'Registration %'").param(email).query(String.class).list();
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private UUID person(String name, Role role) {
        return people.createVerified(name, UUID.randomUUID() + "@example.org", "a-long-password-1", role).id();
    }

    private RequestPostProcessor asAdmin() {
        return user(admin.toString()).roles("ADMINISTRATOR");
    }

    private static RequestPostProcessor asCandidate(UUID id) {
        return user(id.toString()).roles("CANDIDATE");
    }
}
