package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.Role;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.support.StatementCounter;
import org.waymark.support.WaymarkTest;

/** The administrators' list of every portfolio: owners named, searched, paged, and a fixed number of queries. */
@WaymarkTest
@Import(StatementCounter.Configuration.class)
class PortfolioDirectoryTests extends PortfolioTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    StatementCounter counter;
    @Autowired
    EvidenceLibrary evidence;

    private final UUID admin = UUID.randomUUID();

    /** A candidate with a portfolio that has some writing, a claimed principle and a linked evidence item. */
    private UUID portfolioOf(String name, String email, String pathway) {
        return portfolioOf(people.createVerified(name, email, "a-long-password-1", Role.CANDIDATE).id(), pathway);
    }

    private UUID portfolioOf(UUID owner, String pathway) {
        UUID portfolio = portfolios.start(owner, pathway);
        portfolios.write(owner, portfolio, "context", 0, null, "<p>My context</p>", "", "", Set.of());
        UUID item = evidence.addLink(portfolio, owner, "https://example.org/" + UUID.randomUUID(),
                new EvidenceDetails("A link", null, null, true)).id();
        jdbc.sql("INSERT INTO section_evidence (section_id, evidence_id) VALUES (?, ?)")
                .params(sectionIds(portfolio).get(1), item).update();
        return portfolio;
    }

    private Document page(String query) throws Exception {
        String html = mvc.perform(get("/admin/portfolios" + query).with(as(admin, "ADMINISTRATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private List<String> statementsFor(String query) throws Exception {
        counter.start();
        try {
            page(query);
        } finally {
            counter.stop();
        }
        counter.start();
        page(query);
        return counter.stop();
    }

    @Test
    void runsTheSameNumberOfQueriesForFiveAndForFortyPortfolios() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            portfolioOf("Few " + tag + " " + i, UUID.randomUUID() + "@example.org", "cmalt");
        }
        List<String> fiveFound = statementsFor("?q=" + tag);
        List<String> fiveOnPathway = statementsFor("?q=" + tag + "&pathway=cmalt");
        List<String> unfiltered = statementsFor("");
        for (int i = 5; i < 40; i++) {
            portfolioOf("Few " + tag + " " + i, UUID.randomUUID() + "@example.org", "cmalt");
        }
        List<String> fortyFound = statementsFor("?q=" + tag);
        List<String> fortyOnPathway = statementsFor("?q=" + tag + "&pathway=cmalt");

        assertThat(page("?q=" + tag).select("caption").text()).isEqualTo("Portfolios 1 to 25 of 40");
        assertThat(fortyFound).as("queries for 40 portfolios, against those for 5").hasSameSizeAs(fiveFound);
        assertThat(fortyOnPathway).hasSameSizeAs(fiveOnPathway);
        assertThat(statementsFor("")).hasSameSizeAs(unfiltered);
        assertThat(statementsFor("?q=" + tag + "&page=2")).hasSameSizeAs(fiveFound);
        // the checklist figures of the whole page: one query for its sections, one for their evidence links
        assertThat(fortyFound).filteredOn(sql -> sql.toLowerCase().contains("from portfolio_section")).hasSize(1);
        assertThat(fortyFound).filteredOn(sql -> sql.toLowerCase().contains("from section_evidence")).hasSize(1);
        assertThat(fortyFound).filteredOn(sql -> sql.toLowerCase().contains("from person where id in")).hasSize(1);
    }

    @Test
    void showsOwnersAndPagesTwentyFiveAtATime() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID first = portfolioOf("Nadia Owner " + tag, "nadia-" + tag + "@example.org", "associate");
        for (int i = 0; i < 30; i++) {
            portfolioOf("Paged " + tag + " " + i, UUID.randomUUID() + "@example.org", "cmalt");
        }
        Document one = page("?q=" + tag);
        assertThat(one.select("tbody tr")).hasSize(25);
        assertThat(one.select("caption").text()).isEqualTo("Portfolios 1 to 25 of 31");
        var nav = one.selectFirst("nav[aria-label='Pages of portfolios']");
        assertThat(nav).isNotNull();
        assertThat(nav.select("a[aria-current=page]").text()).isEqualTo("1");
        assertThat(nav.select("a[rel=next]").attr("href")).isEqualTo("/admin/portfolios?q=" + tag + "&page=2");
        assertThat(nav.select("a[rel=prev]")).isEmpty();

        Document lastPage = page("?q=" + tag + "&page=2");
        assertThat(lastPage.select("tbody tr")).hasSize(6);
        assertThat(lastPage.select("a[rel=next]")).isEmpty();
        assertThat(lastPage.select("a[rel=prev]").attr("href")).isEqualTo("/admin/portfolios?q=" + tag);
        assertThat(page("?q=" + tag + "&page=999").select("a[aria-current=page]").text()).as("beyond the last page").isEqualTo("2");

        // the oldest is last, with its owner's name and email, and its checklist figures
        var row = lastPage.select("tbody tr").last();
        assertThat(row.select("td").get(0).text()).isEqualTo("Nadia Owner " + tag + " nadia-" + tag + "@example.org");
        assertThat(row.select("td").get(0).select("a").attr("href")).isEqualTo("/admin/people/" + portfolioOwner(first));
        assertThat(row.select("td").get(1).select("a").attr("href")).isEqualTo("/portfolios/" + first);
        assertThat(row.select("td").get(1).text()).isEqualTo("Associate CMALT");
        assertThat(row.select("td").get(2).text()).matches("\\d+ of \\d+ sections ready");
    }

    private UUID portfolioOwner(UUID portfolio) {
        return jdbc.sql("SELECT owner_id FROM portfolio WHERE id = ?").param(portfolio).query(UUID.class).single();
    }

    @Test
    void searchesByOwnersNameOrEmailAndByPathwayKeepingTheSearchInPageLinks() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID zed = portfolioOf("Zed " + tag, "zed-" + tag + "@example.org", "cmalt");
        portfolioOf(portfolioOwner(zed), "senior");
        portfolioOf("Other 100% " + tag, "other-" + tag + "@example.org", "cmalt");
        portfolioOf("Other 1000 " + tag, "other2-" + tag + "@example.org", "cmalt");

        assertThat(page("?q=zed " + tag).select("tbody tr")).hasSize(2);
        assertThat(people.idsMatching("ZED-" + tag + "@EXAMPLE.ORG", 10)).hasSize(1);
        assertThat(page("?q=ZED-" + tag + "@EXAMPLE.ORG").select("input#q").attr("value")).isEqualTo("ZED-" + tag + "@EXAMPLE.ORG");
        assertThat(page("?q=ZED-" + tag + "@EXAMPLE.ORG").select("tbody tr")).hasSize(2);
        Document senior = page("?q=zed " + tag + "&pathway=senior");
        assertThat(senior.select("tbody tr")).hasSize(1);
        assertThat(senior.select("tbody td").get(1).text()).isEqualTo("Senior CMALT");
        assertThat(senior.select("select#pathway option[selected]").attr("value")).isEqualTo("senior");
        assertThat(senior.select("input#q").attr("value")).isEqualTo("zed " + tag);
        assertThat(page("?q=100% " + tag).select("tbody td:first-child").text()).as("percent taken literally")
                .startsWith("Other 100% " + tag).doesNotContain("Other 1000");
        assertThat(page("?q=nobody-" + tag).text()).contains("No portfolio matches this search.");

        for (int i = 0; i < 26; i++) {
            portfolioOf("Many " + tag + " " + i, UUID.randomUUID() + "@example.org", "associate");
        }
        Document many = page("?q=many " + tag + "&pathway=associate");
        assertThat(many.select("a[rel=next]").attr("href"))
                .isEqualTo("/admin/portfolios?q=many%20" + tag + "&pathway=associate&page=2");
        assertThat(page("?q=many " + tag + "&pathway=associate&page=2").select("tbody tr")).hasSize(1);
    }

    @Test
    void onlyAdministratorsSeeEveryPortfolio() throws Exception {
        mvc.perform(get("/admin/portfolios").with(as(UUID.randomUUID(), "CANDIDATE"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/portfolios").with(as(UUID.randomUUID(), "ASSESSOR"))).andExpect(status().isForbidden());
    }
}
