package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.Role;
import org.waymark.support.WaymarkTest;

@WaymarkTest
class PortfolioLifecycleTests extends PortfolioTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void aCandidateStartsAPortfolioOnThePathwayTheyChooseWithEveryRequiredSection() throws Exception {
        UUID me = person(Role.CANDIDATE);
        mvc.perform(post("/portfolios").with(as(me)).with(csrf()).param("pathway", "associate"))
                .andExpect(status().is3xxRedirection());
        UUID portfolio = portfolios.ownedBy(me).getFirst().id();
        assertThat(sectionIds(portfolio)).hasSize(7);
        assertThat(portfolios.overview(portfolio).orElseThrow().frameworkVersion()).isEqualTo("2026.1");
        mvc.perform(get("/portfolios/" + portfolio).with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("0 of 7 sections ready")))
                .andExpect(content().string(containsString("The confirmation is not signed")));
    }

    @Test
    void choosingNoPathwayIsRefusedWithAMessage() throws Exception {
        String page = page(post("/portfolios").with(as(person(Role.CANDIDATE))).with(csrf()));
        assertThat(page).contains("<title>Error: Start a portfolio - Waymark</title>")
                .containsSubsequence("class=\"error-summary\"", "<a href=\"#pathway-associate\">Choose the pathway you want to work towards</a>",
                        "id=\"pathway-error\"", "id=\"pathway-associate\"");
    }

    @Test
    void theEligibilityGuideRecommendsButAllPathwaysStayOpen() throws Exception {
        UUID me = person(Role.CANDIDATE);
        mvc.perform(get("/portfolios/new").with(as(me)).param("guide", "answered").param("years", "1").param("share", "most").param("leadership", "no"))
                .andExpect(content().string(containsString("We suggest <strong>Associate CMALT</strong>")))
                .andExpect(content().string(containsString("value=\"senior\"")));
        mvc.perform(get("/portfolios/new").with(as(me)).param("guide", "answered").param("years", "8").param("share", "most").param("leadership", "yes"))
                .andExpect(content().string(containsString("We suggest <strong>Senior CMALT</strong>")));
        mvc.perform(get("/portfolios/new").with(as(me)).param("guide", "answered").param("years", "5").param("share", "most").param("leadership", "no"))
                .andExpect(content().string(containsString("We suggest <strong>CMALT</strong>")))
                .andExpect(content().string(not(containsString("There is a problem"))));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theGuideAsksEveryQuestionInTheFrameworkFileAndSaysHowManyThereAre() throws Exception {
        String page = page(get("/portfolios/new").with(as(person(Role.CANDIDATE))));
        assertThat(page).contains("<title>Start a portfolio - Waymark</title>")
                .contains("answer three questions and we will suggest one")
                .containsSubsequence("<label for=\"years\">How many years have you worked with learning technology?</label>",
                        "<legend>How much of your role involves learning technology?</legend>",
                        "<legend>Do you have management, leadership, strategic or research responsibilities?</legend>")
                .doesNotContain("error-summary").doesNotContain("<details class=\"panel\" open");
    }

    @Test
    void theGuideSubmittedEmptyShowsAnErrorSummaryLinkedToEveryQuestion() throws Exception {
        String page = page(get("/portfolios/new").with(as(person(Role.CANDIDATE))).param("guide", "answered").param("years", ""));
        assertThat(page).contains("<title>Error: Start a portfolio - Waymark</title>")
                .containsSubsequence("class=\"error-summary\"",
                        "<a href=\"#years\">Enter your years of experience as a whole number from 0 to 60</a>",
                        "<a href=\"#share-small\">Choose how much of your role involves learning technology</a>",
                        "<a href=\"#leadership-yes\">Choose whether you have management, leadership, strategic or research responsibilities</a>",
                        "<h1>Start a portfolio</h1>")
                .contains("<details class=\"panel\" open")
                .contains("id=\"years\"", "id=\"share-small\"", "id=\"leadership-yes\"")
                .contains("<p id=\"years-error\" class=\"error-message\"><span class=\"visually-hidden\">Error:</span> <span>Enter your years")
                .contains("aria-describedby=\"years-error\"", "aria-describedby=\"share-error\"", "aria-describedby=\"leadership-error\"")
                .doesNotContain("We suggest").doesNotContain("no suggestion");
    }

    @Test
    void theGuideKeepsTheAnswersGivenAndNamesOnlyWhatIsWrong() throws Exception {
        String page = page(get("/portfolios/new").with(as(person(Role.CANDIDATE)))
                .param("guide", "answered").param("years", "61").param("share", "small"));
        assertThat(page).contains("<a href=\"#years\">Enter your years", "<a href=\"#leadership-yes\">Choose whether")
                .doesNotContain("<a href=\"#share-small\">")
                .contains("value=\"61\"")
                .containsPattern("id=\"share-small\"[^>]*checked");
    }

    @Test
    void progressionCopiesTheChosenSectionsMarkedAsCopied() throws Exception {
        UUID me = person(Role.CANDIDATE);
        UUID associate = portfolios.start(me, "associate");
        portfolios.write(me, associate, "1a", 0, null, "<p>Quiz tools</p>", "<p>Went well</p>", "<p>Report</p>", Set.of("explore"));
        portfolios.write(me, associate, "2a", 0, null, "<p>Assessment</p>", "", "", Set.of());
        UUID oneA = sectionId(associate, "1a");
        mvc.perform(get("/portfolios/" + associate + "/progress").with(as(me)).param("pathway", "cmalt"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("last revised")));
        mvc.perform(post("/portfolios/" + associate + "/progress").with(as(me)).with(csrf())
                .param("pathway", "cmalt").param("copy", oneA.toString())).andExpect(status().is3xxRedirection());
        UUID cmalt = portfolios.ownedBy(me).stream().filter(p -> p.pathwayKey().equals("cmalt")).findFirst().orElseThrow().id();
        assertThat(sectionIds(cmalt)).hasSize(11);
        UUID copied = sectionId(cmalt, "1a");
        assertThat(description(copied)).isEqualTo("<p>Quiz tools</p>");
        assertThat(description(sectionId(cmalt, "2a"))).isEmpty();
        assertThat(jdbc.sql("SELECT copied_from_date FROM portfolio_section WHERE id = ?").param(copied).query(Object.class).single()).isNotNull();
        assertThat(revisions(copied)).isEqualTo(1);
        assertThat(description(oneA)).isEqualTo("<p>Quiz tools</p>"); // the Associate portfolio is untouched
        mvc.perform(get("/portfolios/" + cmalt).with(as(me))).andExpect(content().string(containsString("Copied, last revised")));
    }

    @Test
    void deletingAPortfolioNeedsTheConfirmationTick() throws Exception {
        UUID me = person(Role.CANDIDATE);
        UUID portfolio = portfolios.start(me, "cmalt");
        mvc.perform(get("/portfolios/" + portfolio + "/delete").with(as(me)))
                .andExpect(content().string(containsString("It cannot be undone")));
        mvc.perform(post("/portfolios/" + portfolio + "/delete").with(as(me)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(portfolios.overview(portfolio)).isPresent();
        mvc.perform(post("/portfolios/" + portfolio + "/delete").with(as(me)).with(csrf()).param("confirm", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(portfolios.overview(portfolio)).isEmpty();
    }

    @Test
    void theConfirmationValidatesTheSuggestedAssessor() throws Exception {
        UUID me = person(Role.CANDIDATE);
        UUID portfolio = portfolios.start(me, "cmalt");
        mvc.perform(post("/portfolios/" + portfolio + "/confirmation").with(as(me)).with(csrf())
                        .param("declared", "true").param("assessorName", "Dr Ada").param("assessorEmail", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("email address in the right format, like name@example.ac.uk")))
                .andExpect(content().string(containsString("Dr Ada")));
        mvc.perform(post("/portfolios/" + portfolio + "/confirmation").with(as(me)).with(csrf())
                .param("declared", "true").param("assessorName", "Dr Ada").param("assessorEmail", "ada@example.ac.uk"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/portfolios/" + portfolio).with(as(me))).andExpect(content().string(containsString("Signed")));
    }

    @Test
    void thePrinciplesMapShowsWhereEachPrincipleIsClaimed() throws Exception {
        UUID me = person(Role.CANDIDATE);
        UUID portfolio = portfolios.start(me, "cmalt");
        portfolios.write(me, portfolio, "1b", 0, null, "<p>x</p>", "", "", Set.of("communicate"));
        mvc.perform(get("/portfolios/" + portfolio + "/principles").with(as(me))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Communicate and disseminate")))
                .andExpect(content().string(containsString("class=\"claimed\"")))
                .andExpect(content().string(containsString("Not yet claimed anywhere")));
    }
}
