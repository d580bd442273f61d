package org.waymark.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.account.Role;
import org.waymark.platform.AuditEvent;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.portfolio.evidence.EvidenceRefusedException;
import org.waymark.support.StatementCounter;
import org.waymark.support.WaymarkTest;

@WaymarkTest
@Import(StatementCounter.Configuration.class)
class AuditTrailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Portfolios portfolios;
    @Autowired
    EvidenceLibrary evidence;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatementCounter counter;

    private PersonSummary person(String name) {
        return people.createVerified(name, UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE);
    }

    private Document page(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/audit" + query).with(user(UUID.randomUUID().toString()).roles("ADMINISTRATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<Element> rows(Document page) {
        return page.select("tbody tr");
    }

    /** An entry at a chosen time, about an object of the test's own. */
    private void entryAt(String instant, UUID actor, String action, String object) {
        jdbc.sql("INSERT INTO audit_entry (id, occurred_at, actor_id, action, object_type, object_id, detail) VALUES (?, ?, ?, ?, 'test', ?, NULL)")
                .params(UUID.randomUUID(), Timestamp.from(Instant.parse(instant)), actor, action, object).update();
    }

    @Test
    void namesWhoDidWhatWithTheActionsLabel() throws Exception {
        PersonSummary candidate = person("Carla Candidate");
        UUID portfolio = portfolios.start(candidate.id(), "senior");
        Document page = page("?object=" + portfolio);
        Element row = rows(page).getFirst();
        assertThat(row.select("td").get(1).text()).isEqualTo("Carla Candidate " + candidate.email());
        assertThat(row.select("td").get(1).text()).doesNotContain(candidate.id().toString());
        assertThat(row.select("td").get(2).text()).isEqualTo("Portfolio started portfolio.started");
        assertThat(row.select("td").get(4).text()).isEqualTo("Senior CMALT on framework 2026.1");
    }

    @Test
    void namesEveryPersonOnAPageWithOneQueryWhateverTheirNumber() throws Exception {
        String few = UUID.randomUUID().toString();
        String many = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            entryAt("2026-01-01T10:00:00Z", person("Few " + i).id(), "person.signed-in", few);
        }
        for (int i = 0; i < 40; i++) {
            entryAt("2026-01-01T10:00:00Z", person("Many " + i).id(), "person.signed-in", many);
        }
        page("?object=" + few); // warm up: templates and caches
        counter.start();
        Document fewPage = page("?object=" + few);
        List<String> forFew = counter.stop();
        counter.start();
        Document manyPage = page("?object=" + many);
        List<String> forMany = counter.stop();
        assertThat(rows(fewPage)).hasSize(3);
        assertThat(rows(manyPage)).hasSize(40);
        assertThat(rows(manyPage)).allSatisfy(r -> assertThat(r.select("td").get(1).text()).startsWith("Many "));
        assertThat(forMany).as("statements %s", forMany).hasSameSizeAs(forFew);
    }

    @Test
    void filtersByPersonWhetherTheyActedOrWereActedOn() throws Exception {
        PersonSummary ann = person("Ann Filter");
        PersonSummary bob = person("Bob Filter");
        UUID annPortfolio = portfolios.start(ann.id(), "cmalt");
        portfolios.start(bob.id(), "cmalt");
        events.publishEvent(new AuditEvent(null, "person.sign-in-failed", "person", ann.id().toString(), "wrong password"));

        Document page = page("?person=" + ann.email().toUpperCase());
        assertThat(rows(page)).extracting(r -> r.select("td").get(2).select("span").text())
                .contains("Portfolio started", "Sign-in failed")
                .doesNotContain("Bob Filter");
        assertThat(page.select("tbody").text()).contains(annPortfolio.toString()).doesNotContain("Bob Filter");
        assertThat(page.select("input#person").attr("value")).isEqualTo(ann.email().toUpperCase().strip());
        assertThat(page.select("td:contains(Nobody signed in)")).hasSize(1);
    }

    @Test
    void filtersByActionAndByDatesInclusive() throws Exception {
        String object = UUID.randomUUID().toString();
        UUID actor = person("Dated").id();
        entryAt("2026-03-01T09:00:00Z", actor, "person.signed-in", object);
        entryAt("2026-03-02T09:00:00Z", actor, "person.signed-in", object);
        entryAt("2026-03-02T22:59:00Z", actor, "person.password-changed", object);
        entryAt("2026-03-03T09:00:00Z", actor, "person.signed-in", object);

        assertThat(rows(page("?object=" + object + "&action=person.signed-in"))).hasSize(3);
        assertThat(rows(page("?object=" + object + "&from=2026-03-02&to=2026-03-02"))).hasSize(2);
        assertThat(rows(page("?object=" + object + "&from=2026-03-02"))).hasSize(3);
        assertThat(rows(page("?object=" + object + "&to=2026-03-01"))).hasSize(1);
        Document both = page("?object=" + object + "&action=person.signed-in&from=2026-03-02&to=2026-03-03");
        assertThat(rows(both)).hasSize(2);
        assertThat(both.select("select#action option[selected]").text()).isEqualTo("Signed in");
        assertThat(both.select("input#from").attr("value")).isEqualTo("2026-03-02");
    }

    @Test
    void badFiltersAreExplainedNextToTheirFields() throws Exception {
        Document page = page("?person=nobody-" + UUID.randomUUID() + "@example.org&action=made.up&from=2026-02-30&to=");
        assertThat(page.title()).startsWith("Error:");
        assertThat(page.select(".error-summary li a")).extracting(a -> a.attr("href")).containsExactly("#person", "#action", "#from");
        assertThat(page.select("#person-error").text()).contains("No one has the email address");
        assertThat(page.select("#from").attr("aria-describedby")).isEqualTo("from-error");
        assertThat(rows(page)).isEmpty();
        Document backwards = page("?from=2026-03-02&to=2026-03-01");
        assertThat(backwards.select("#to-error").text()).contains("same as or after the from date");
    }

    @Test
    void pagesFiftyAtATimeKeepingTheFilters() throws Exception {
        String object = UUID.randomUUID().toString();
        UUID actor = person("Paged").id();
        for (int i = 0; i < 55; i++) {
            entryAt("2026-04-01T10:%02d:00Z".formatted(i), actor, "person.signed-in", object);
        }
        Document first = page("?object=" + object + "&action=person.signed-in");
        assertThat(rows(first)).hasSize(50);
        assertThat(first.select("caption").text()).isEqualTo("Entries 1 to 50 of 55");
        Element nav = first.selectFirst("nav[aria-label='Pages of the audit trail']");
        assertThat(nav.select("a[aria-current=page]").text()).isEqualTo("1");
        String next = nav.select("a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/admin/audit?action=person.signed-in&object=" + object + "&page=2");
        Document second = page(next.substring("/admin/audit".length()));
        assertThat(rows(second)).hasSize(5);
        assertThat(rows(second).getLast().select("td").getFirst().text()).as("oldest last").startsWith("1 Apr 2026").endsWith(":00");
    }

    @Test
    void aFileRefusedByItsContentIsRecorded() throws Exception {
        PersonSummary owner = person("Uploader");
        UUID portfolio = portfolios.start(owner.id(), "cmalt");
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        try {
            evidence.addFile(portfolio, owner.id(), "cv.pdf", html.length, new ByteArrayResource(html),
                    new EvidenceDetails("CV", null, null, true));
        } catch (EvidenceRefusedException expected) {
            // refused, as it should be
        }
        Element row = rows(page("?object=" + portfolio + "&action=evidence.upload-refused")).getFirst();
        assertThat(row.select("td").get(1).text()).startsWith("Uploader");
        assertThat(row.select("td").get(2).text()).startsWith("Upload refused");
        assertThat(row.select("td").get(4).text()).startsWith("cv.pdf (" + html.length + " bytes): ").contains("text/html");
    }

    @Test
    void everyActionHasALabelIncludingSignIns() {
        assertThat(AuditActions.all()).containsKeys("person.signed-in", "person.sign-in-failed", "evidence.upload-refused");
        assertThat(AuditActions.all().keySet()).allMatch(a -> AuditActions.NAME.matcher(a).matches());
        assertThat(AuditActions.label("something.old")).isEqualTo("something.old");
    }

    @Test
    void candidatesCannotReadTheAuditTrail() throws Exception {
        mvc.perform(get("/admin/audit").with(user(UUID.randomUUID().toString()).roles("CANDIDATE")))
                .andExpect(status().isForbidden());
    }
}
