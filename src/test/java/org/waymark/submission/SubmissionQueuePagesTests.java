package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.account.Role;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Rounds;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.Submissions;
import org.waymark.support.WaymarkTest;

/**
 * The administrators' submission pages on a fixed day, 15 June 2027: the queue, one submission's check and its
 * decisions, a round's counts and its spreadsheet; and nobody else reaches any of them.
 */
@WaymarkTest
class SubmissionQueuePagesTests {

    static final Instant NOW = Instant.parse("2027-06-15T10:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Rounds rounds;
    @Autowired
    Submissions submissions;
    @Autowired
    JdbcClient jdbc;

    QueueFixtures fixtures;
    PersonSummary admin;
    Round round;

    @BeforeEach
    void setUp() {
        fixtures = new QueueFixtures(rounds, submissions, jdbc);
        admin = people.createVerified("Ada Admin", unique("admin"), "a long enough password", Role.ADMINISTRATOR);
        round = fixtures.round("Round " + UUID.randomUUID().toString().substring(0, 6), Instant.parse("2027-02-01T09:00:00Z"));
    }

    @Test
    void theQueueListsWaitingSubmissionsOldestFirstAndMarksThosePastTheThreeMonthTargetInWords() throws Exception {
        Submission late = fixtures.submitted(round, candidate("Olive Oldest").id(), "cmalt", Instant.parse("2027-03-14T10:00:00Z"));
        Submission recent = fixtures.submitted(round, candidate("Nina Newer").id(), "associate", Instant.parse("2027-03-16T10:00:00Z"));
        Submission accepted = fixtures.withStatus(
                fixtures.submitted(round, candidate("Al Accepted").id(), "cmalt", Instant.parse("2027-03-01T10:00:00Z")),
                SubmissionStatus.ACCEPTED);
        fixtures.link(recent.id(), "https://gone.example.org/", "BROKEN", 404, NOW);
        fixtures.link(recent.id(), "https://fine.example.org/", "OK", 200, NOW);

        Document page = page(get("/admin/submissions"));

        List<Element> rows = rowsOf(page, "#queue-caption");
        List<String> references = rows.stream().map(r -> r.selectFirst(".hint").text()).toList();
        assertThat(references).containsSubsequence(late.reference(), recent.reference()).doesNotContain(accepted.reference());
        Element lateRow = rowWith(rows, late.reference());
        Element recentRow = rowWith(rows, recent.reference());
        assertThat(lateRow.text()).contains("Olive Oldest", "CMALT", "First submission", round.name(), "93 days", "Past target");
        assertThat(recentRow.text()).contains("Nina Newer", "91 days").doesNotContain("Past target");
        assertThat(recentRow.select("td").last().text()).isEqualTo("1");
        assertThat(page.select(".warning-text").text()).contains("past the decision target");
    }

    @Test
    void theCheckPageShowsTheCandidateTheDatesInUkTimeAndTheLinksBrokenFirst() throws Exception {
        PersonSummary candidate = candidate("Cy Checked");
        Submission submission = fixtures.submitted(round, candidate.id(), "cmalt", Instant.parse("2027-06-01T11:30:00Z"));
        fixtures.link(submission.id(), "https://a-works.example.org/", "OK", 200, NOW);
        fixtures.link(submission.id(), "https://z-broken.example.org/", "BROKEN", 404, NOW);
        fixtures.link(submission.id(), "https://m-waiting.example.org/", "PENDING", null, null);

        Document page = page(get("/admin/submissions/" + submission.id()));

        assertThat(page.select("h1").text()).contains("Cy Checked", submission.reference());
        assertThat(page.select(".meta-list").text()).contains(candidate.email(), "1 June 2027, 12:30 BST", "Lena Manager", "14 days");
        assertThat(rowsOf(page, "#links-caption")).extracting(r -> r.selectFirst("td").text())
                .containsExactly("https://z-broken.example.org/", "https://m-waiting.example.org/", "https://a-works.example.org/");
        assertThat(page.select("a.button").text()).contains("Accept for assessment");
        assertThat(page.select("textarea#message")).hasSize(1);
    }

    @Test
    void returningWithoutAMessageShowsTheErrorAndReturningWithOneGoesBackToTheQueue() throws Exception {
        Submission submission = fixtures.submitted(round, candidate("Ray Returned").id(), "cmalt", Instant.parse("2027-06-01T10:00:00Z"));

        Document error = page(post("/admin/submissions/" + submission.id() + "/return").with(csrf()).param("message", "   "));
        assertThat(error.title()).startsWith("Error: ");
        assertThat(error.select(".error-summary a[href=#message]").text()).contains("Enter a message");
        assertThat(submissions.findById(submission.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);

        String tooLong = "x".repeat(5001);
        Document kept = page(post("/admin/submissions/" + submission.id() + "/return").with(csrf()).param("message", tooLong));
        assertThat(kept.select("textarea#message").text()).as("the message typed is kept").isEqualTo(tooLong);

        mvc.perform(post("/admin/submissions/" + submission.id() + "/return").with(csrf()).with(asAdmin())
                        .param("message", "Section 2b is empty."))
                .andExpect(status().is3xxRedirection());
        Submission returned = submissions.findById(submission.id()).orElseThrow();
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.statusMessage()).isEqualTo("Section 2b is empty.");
        assertThat(page(get("/admin/submissions/" + submission.id())).select("main").text())
                .contains("Returned to the candidate", "Section 2b is empty.", "by Ada Admin")
                .doesNotContain("Return to the candidate: your message");
    }

    @Test
    void acceptingAsksForConfirmationAndAcceptsOnlyOnce() throws Exception {
        Submission submission = fixtures.submitted(round, candidate("Acer Accepted").id(), "cmalt", Instant.parse("2027-06-01T10:00:00Z"));

        Document confirm = page(get("/admin/submissions/" + submission.id() + "/accept"));
        assertThat(confirm.select("h1").text()).contains("Accept " + submission.reference() + " for assessment?");
        assertThat(submissions.findById(submission.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);

        mvc.perform(post("/admin/submissions/" + submission.id() + "/accept").with(csrf()).with(asAdmin()))
                .andExpect(status().is3xxRedirection());
        assertThat(submissions.findById(submission.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.ACCEPTED);

        var again = mvc.perform(post("/admin/submissions/" + submission.id() + "/accept").with(csrf()).with(asAdmin()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(again.getFlashMap().get("problem")).asString().contains("no longer waiting");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'submission.accepted' AND object_id = ?")
                .param(submission.id().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aRoundsPageCountsItsSubmissionsByTypeAndPathwayAndStatus() throws Exception {
        fixtures.submitted(round, candidate("One").id(), "cmalt", Instant.parse("2027-03-01T10:00:00Z"));
        fixtures.withStatus(fixtures.submitted(round, candidate("Two").id(), "cmalt", Instant.parse("2027-06-01T10:00:00Z")), SubmissionStatus.ACCEPTED);
        fixtures.withStatus(fixtures.submitted(round, candidate("Three").id(), "cmalt", Instant.parse("2027-06-01T10:00:00Z")), SubmissionStatus.RETURNED);
        fixtures.withStatus(fixtures.submitted(round, candidate("Four").id(), "associate", Instant.parse("2027-06-01T10:00:00Z")), SubmissionStatus.WITHDRAWN);
        fixtures.submitted(round, candidate("Five").id(), UUID.randomUUID(), "cmalt", SubmissionType.RESUBMISSION, Instant.parse("2027-06-02T10:00:00Z"));

        Document page = page(get("/admin/submissions").param("round", round.id().toString()));

        List<String> counts = rowsOf(page, "#counts-caption").stream().map(Element::text).toList();
        assertThat(counts).containsExactly(
                "First submission Associate CMALT 0 0 0 1 1",
                "First submission CMALT 1 1 1 0 3",
                "Resubmission CMALT 1 0 0 0 1");
        List<Element> listed = rowsOf(page, "#round-caption");
        assertThat(listed).hasSize(5);
        assertThat(listed.getFirst().text()).contains("One", "Waiting for the check", "106 days", "Past target");
        assertThat(listed.stream().filter(r -> r.text().contains("Past target"))).hasSize(1);
    }

    @Test
    void theSpreadsheetCountsEveryoneAndNeutralisesFormulasInCandidatesNames() throws Exception {
        String formula = "=HYPERLINK(\"http://x\")";
        fixtures.submitted(round, candidate(formula).id(), "cmalt", Instant.parse("2027-03-01T10:00:00Z"));
        fixtures.submitted(round, candidate("+SUM(1,2)").id(), "cmalt", Instant.parse("2027-06-01T10:00:00Z"));
        fixtures.submitted(round, candidate("@cmd").id(), "associate", Instant.parse("2027-06-01T10:00:00Z"));
        fixtures.submitted(round, candidate("-2+3").id(), "associate", Instant.parse("2027-06-01T10:00:00Z"));
        fixtures.submitted(round, candidate("Plain Name").id(), "associate", Instant.parse("2027-06-01T10:00:00Z"));

        var response = mvc.perform(get("/admin/submissions.csv").param("round", round.id().toString()).with(asAdmin()))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new StringReader(response.getContentAsString())).getRecords();
        assertThat(records).hasSize(5);
        assertThat(records).extracting(r -> r.get("Candidate")).containsExactlyInAnyOrder(
                "'" + formula, "'+SUM(1,2)", "'@cmd", "'-2+3", "Plain Name");
        assertThat(records.getFirst().get("Past the decision target")).isEqualTo("Yes");
        assertThat(records.getFirst().get("Days since submission")).isEqualTo("106");
        assertThat(records).allSatisfy(r -> assertThat(r.get("Status")).isEqualTo("Waiting for the check"));
        assertThat(records).noneMatch(r -> r.values().length > 0 && java.util.Arrays.stream(r.values())
                .anyMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0));
    }

    @Test
    void candidatesMentorsAndAssessorsAreRefusedEverySubmissionsAddressAndAnAdministratorReachesThem() throws Exception {
        Submission submission = fixtures.submitted(round, candidate("Guarded").id(), "cmalt", Instant.parse("2027-06-01T10:00:00Z"));
        String id = submission.id().toString();
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/admin/submissions"),
                get("/admin/submissions").param("round", round.id().toString()),
                get("/admin/submissions.csv").param("round", round.id().toString()),
                get("/admin/submissions/" + id),
                get("/admin/submissions/" + id + "/accept"),
                get("/admin/submissions/" + id + "/evidence/" + UUID.randomUUID()),
                post("/admin/submissions/" + id + "/accept").with(csrf()),
                post("/admin/submissions/" + id + "/return").with(csrf()).param("message", "No"));

        for (String role : List.of("CANDIDATE", "MENTOR", "ASSESSOR")) {
            PersonSummary someone = people.createVerified("Not Admin", unique(role.toLowerCase()), "a long enough password", Role.valueOf(role));
            for (MockHttpServletRequestBuilder request : requests) {
                int status = mvc.perform(request.with(user(someone.id().toString()).roles(role))).andReturn().getResponse().getStatus();
                assertThat(status).as(role + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI())
                        .isEqualTo(403);
            }
        }
        assertThat(submissions.findById(submission.id()).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);

        for (MockHttpServletRequestBuilder request : requests.subList(0, 5)) {
            mvc.perform(request.with(asAdmin())).andExpect(status().isOk());
        }
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(asAdmin())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<Element> rowsOf(Document page, String captionId) {
        Element table = page.selectFirst(captionId).closest("table");
        return table.select("tbody tr");
    }

    private static Element rowWith(List<Element> rows, String text) {
        return rows.stream().filter(r -> r.text().contains(text)).findFirst().orElseThrow();
    }

    private RequestPostProcessor asAdmin() {
        return user(admin.id().toString()).roles("ADMINISTRATOR");
    }

    private PersonSummary candidate(String name) {
        return people.createVerified(name, unique("candidate"), "a long enough password", Role.CANDIDATE);
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
