package org.waymark.submission.internal.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.util.AopTestUtils;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.portfolio.internal.PortfolioSection;
import org.waymark.portfolio.internal.PortfolioService;
import org.waymark.portfolio.internal.SaveMode;
import org.waymark.portfolio.internal.SectionDraft;
import org.waymark.submission.PortfolioSubmitted;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.SubmissionType;
import org.waymark.support.WaymarkTest;

/**
 * From a submission to its checked links: the listener lists them, the job checks them against a local server. The
 * server is on loopback, so this context allows private networks; the job's timer is pushed out of the way and the
 * tests run the job themselves (not through its lock: ScheduledJobLockTests is about the lock).
 */
@WaymarkTest(properties = {"waymark.link-check.allow-private-networks=true", "waymark.link-check.interval=PT1H"})
@EnableScenarios
class LinkCheckJobTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    LinkReport report;
    @Autowired
    PortfolioService portfolios;
    @Autowired
    EvidenceLibrary evidence;
    @Autowired
    People people;

    private LinkTestServer server;
    private LinkCheckJob job;
    private LinksOnSubmission listener;

    @BeforeEach
    void start() throws IOException {
        server = new LinkTestServer();
        job = AopTestUtils.getUltimateTargetObject(context.getBean(LinkCheckJob.class));
        // The listener itself, called at once: through its proxy it would run later, on another thread.
        listener = AopTestUtils.getUltimateTargetObject(context.getBean(LinksOnSubmission.class));
        // Each test's runs check only its own links: earlier tests' leftovers are marked checked.
        jdbc.sql("UPDATE submission_link SET status = 'OK' WHERE status = 'PENDING'").update();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anExternalSubmissionsLinksAreListedWhenItIsSubmittedAndEachIsCheckedOnce(Scenario scenario) {
        UUID submissionId = externalSubmission(server.url("/ok-too"), Map.of(
                "1 Operational issues", server.url("/missing"),
                "2 Teaching", server.url("/moved"),
                "3 Wider context", "The heading 'Wider context' on page 3"));

        scenario.publish(submitted(submissionId))
                .andWaitForStateChange(() -> report.forSubmission(submissionId), links -> links.size() == 3)
                .andVerify(listed -> assertThat(listed).extracting(LinkResult::status).containsOnly(LinkStatus.PENDING));
        assertThat(report.summary(submissionId)).isEqualTo(new LinkSummary(3, 3, 0, 0));

        assertThat(job.checkDue()).isEqualTo(3);
        assertThat(job.checkDue()).as("a second run finds nothing to check").isZero();

        assertThat(server.hits("/ok-too")).isEqualTo(1);
        assertThat(server.hits("/missing")).isEqualTo(1);
        assertThat(server.hits("/moved")).isEqualTo(1);
        List<LinkResult> links = report.forSubmission(submissionId);
        assertThat(links).extracting(LinkResult::url, LinkResult::foundIn, LinkResult::status, LinkResult::problem)
                .containsExactly(
                        tuple(server.url("/missing"), "Section map: 1 Operational issues", LinkStatus.BROKEN, "Not found (404)"),
                        tuple(server.url("/ok-too"), "External portfolio", LinkStatus.OK, null),
                        tuple(server.url("/moved"), "Section map: 2 Teaching", LinkStatus.OK, null));
        LinkResult moved = links.get(2);
        assertThat(moved.redirected()).isTrue();
        assertThat(moved.finalUrl()).isEqualTo("http://localhost:" + server.port() + "/ok");
        assertThat(moved.httpStatus()).isEqualTo(200);
        assertThat(moved.checkedAt()).isNotNull();
        assertThat(report.summary(submissionId)).isEqualTo(new LinkSummary(3, 0, 1, 0));
    }

    @Test
    void theEventDeliveredAgainListsNothingTwice() {
        UUID submissionId = externalSubmission(server.url("/ok"), Map.of());
        listener.on(submitted(submissionId));
        listener.on(submitted(submissionId));
        assertThat(report.forSubmission(submissionId)).hasSize(1);
    }

    @Test
    void aFailureThatMayPassIsTriedAgainOnLaterRunsAndBrokenAfterTheThirdAttempt() {
        UUID failing = externalSubmission(server.url("/failing"), Map.of());
        UUID flaky = externalSubmission(server.url("/flaky"), Map.of());
        server.failFlakyTimes(1);
        listener.on(submitted(failing));
        listener.on(submitted(flaky));

        job.checkDue();
        assertThat(report.forSubmission(failing)).singleElement().satisfies(link -> {
            assertThat(link.status()).isEqualTo(LinkStatus.PENDING);
            assertThat(link.attempts()).isEqualTo(1);
            assertThat(link.problem()).isEqualTo("Server error (500)");
        });
        assertThat(report.forSubmission(flaky).getFirst().status()).isEqualTo(LinkStatus.PENDING);

        job.checkDue();
        assertThat(report.forSubmission(flaky)).singleElement().satisfies(link -> {
            assertThat(link.status()).isEqualTo(LinkStatus.OK);
            assertThat(link.attempts()).isEqualTo(2);
        });
        job.checkDue();
        job.checkDue();

        assertThat(report.forSubmission(failing)).singleElement().satisfies(link -> {
            assertThat(link.status()).isEqualTo(LinkStatus.BROKEN);
            assertThat(link.attempts()).isEqualTo(LinkCheckJob.MAX_ATTEMPTS);
            assertThat(link.problem()).isEqualTo("Server error (500) (tried 3 times)");
        });
        assertThat(server.hits("/failing")).isEqualTo(LinkCheckJob.MAX_ATTEMPTS);
        assertThat(server.hits("/flaky")).isEqualTo(2);
    }

    @Test
    void summariesCountEachSubmissionsProblemsAndASubmissionWithoutLinksHasNone() {
        UUID broken = externalSubmission(server.url("/missing"), Map.of("1", "http://169.254.169.254/latest/"));
        UUID none = externalSubmission(null, Map.of());
        listener.on(submitted(broken));
        listener.on(submitted(none));
        job.checkDue();

        Map<UUID, LinkSummary> summaries = report.summaries(List.of(broken, none));
        assertThat(summaries.get(broken)).isEqualTo(new LinkSummary(2, 0, 1, 1));
        assertThat(summaries.get(broken).problems()).isEqualTo(2);
        assertThat(summaries.get(none)).isEqualTo(new LinkSummary(0, 0, 0, 0));
        assertThat(summaries.get(none).allChecked()).isTrue();
        assertThat(report.forSubmission(broken)).extracting(LinkResult::problem)
                .containsExactly("Not found (404)", "Not checked: private network address");
    }

    @Test
    void aWaymarkPortfoliosLinksAreListedFromItsFrozenSnapshot() {
        UUID owner = people.createVerified("Candidate " + UUID.randomUUID(), UUID.randomUUID() + "@example.org",
                "a-long-password-1", Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(owner, "cmalt");
        UUID handbook = evidence.addLink(portfolio, owner, server.url("/ok"),
                new EvidenceDetails("Module handbook", null, null, true)).id();
        PortfolioSection section = portfolios.sections(portfolio).stream()
                .filter(s -> s.getSectionKey().equals("1a")).findFirst().orElseThrow();
        portfolios.save(owner, section.getId(), new SectionDraft(null,
                "<p>Our <a href=\"" + server.url("/missing") + "\">policy</a>.</p>", "<p>Reflected.</p>", "<p>Evidenced.</p>",
                Set.of(), Set.of(handbook)), section.getVersion(), SaveMode.SAVE);
        UUID submissionId = waymarkSubmission(portfolio, portfolios.freeze(portfolio));
        // Written after the freeze: not in the submission, so not checked.
        portfolios.save(owner, section.getId(), new SectionDraft(null, "<p>" + server.url("/ok-too") + "</p>", "<p>Reflected.</p>", "<p>Evidenced.</p>",
                Set.of(), Set.of()), portfolios.sections(portfolio).stream().filter(s -> s.getId().equals(section.getId()))
                .findFirst().orElseThrow().getVersion(), SaveMode.SAVE);

        listener.on(submitted(submissionId));
        job.checkDue();

        assertThat(report.forSubmission(submissionId))
                .extracting(LinkResult::url, LinkResult::status)
                .containsExactly(tuple(server.url("/missing"), LinkStatus.BROKEN), tuple(server.url("/ok"), LinkStatus.OK));
        assertThat(report.forSubmission(submissionId).getFirst().foundIn()).startsWith("1a").endsWith(": description");
        assertThat(report.forSubmission(submissionId).get(1).foundIn()).isEqualTo("Evidence: Module handbook");
        assertThat(server.hits("/ok-too")).isZero();
    }

    private UUID waymarkSubmission(UUID portfolioId, UUID snapshotId) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO submission (id, reference, round_id, candidate_id, registration_id, pathway, submission_type,
                            form, portfolio_id, snapshot_id, status, submitted_at, decision_due_at, status_changed_at, version)
                        VALUES (?, ?, ?, ?, ?, 'cmalt', 'FIRST', 'WAYMARK', ?, ?, 'SUBMITTED', ?, ?, ?, 0)""")
                .params(id, "W-" + id.toString().substring(0, 8), roundId(), UUID.randomUUID(), UUID.randomUUID(), portfolioId,
                        snapshotId, now, now, now)
                .update();
        return id;
    }

    private PortfolioSubmitted submitted(UUID submissionId) {
        return new PortfolioSubmitted(submissionId, "REF", roundId(), UUID.randomUUID(), "core", SubmissionType.FIRST,
                SubmissionForm.EXTERNAL, Instant.now());
    }

    private UUID roundId() {
        return jdbc.sql("SELECT id FROM submission_round WHERE name = 'Link checks'").query(UUID.class).optional()
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    Timestamp now = Timestamp.from(Instant.now());
                    jdbc.sql("""
                                    INSERT INTO submission_round (id, name, kind, opens_at, decision_weeks, created_at, updated_at, version)
                                    VALUES (?, 'Link checks', 'ROLLING', ?, 12, ?, ?, 0)""")
                            .params(id, now, now, now).update();
                    return id;
                });
    }

    /** An external portfolio's submission, with its section map (heading to location). */
    private UUID externalSubmission(String externalUrl, Map<String, String> sectionMap) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO submission (id, reference, round_id, candidate_id, registration_id, pathway, submission_type,
                            form, external_url, status, submitted_at, decision_due_at, status_changed_at, version)
                        VALUES (?, ?, ?, ?, ?, 'core', 'FIRST', 'EXTERNAL', ?, 'SUBMITTED', ?, ?, ?, 0)""")
                .params(id, "L-" + id.toString().substring(0, 8), roundId(), UUID.randomUUID(), UUID.randomUUID(), externalUrl,
                        now, now, now)
                .update();
        int position = 0;
        for (Map.Entry<String, String> row : new TreeMap<>(sectionMap).entrySet()) {
            jdbc.sql("INSERT INTO submission_section_location (submission_id, position, section_key, heading, location) VALUES (?, ?, ?, ?, ?)")
                    .params(id, position++, "s" + position, row.getKey(), row.getValue()).update();
        }
        return id;
    }
}
