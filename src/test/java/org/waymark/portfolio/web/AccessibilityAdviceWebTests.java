package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.Role;
import org.waymark.portfolio.AccessibilityAdviceSummary;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.support.WaymarkTest;

/** The accessibility check page for each role, and the summary the submit page asks {@code Portfolios} for. */
@WaymarkTest
class AccessibilityAdviceWebTests extends PortfolioTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvidenceLibrary evidence;

    UUID owner;
    UUID portfolio;
    UUID section;
    String page;

    @BeforeEach
    void setUp() {
        owner = person(Role.CANDIDATE);
        portfolio = portfolios.start(owner, "cmalt");
        section = sectionId(portfolio, "1a");
        page = "/portfolios/" + portfolio + "/accessibility";
    }

    void writeProblems() {
        portfolios.write(owner, portfolio, "1a", 0, null, "<p>I moved the course to the VLE.</p>",
                "<p>The evaluation is <a href=\"https://example.org/evaluation\">click here</a>.</p>", "", Set.of());
    }

    @Test
    void theOwnerSeesEachSuggestionWithItsQuoteAndALinkToThePart() throws Exception {
        writeProblems();
        UUID video = evidence.addLink(portfolio, owner, "https://www.youtube.com/watch?v=abc",
                new EvidenceDetails("Workshop recording", null, null, true)).id();

        mvc.perform(get(page).with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Accessibility check - CMALT portfolio - Waymark</title>")))
                .andExpect(content().string(containsString("2 suggestions")))
                .andExpect(content().string(containsString("This is advice. It never stops you submitting")))
                .andExpect(content().string(containsString("Link words that say nothing")))
                .andExpect(content().string(containsString("Change the reflection")))
                .andExpect(content().string(containsString("click here (https://example.org/evaluation)")))
                .andExpect(content().string(containsString("href=\"/portfolios/" + portfolio + "/sections/" + section + "#reflection-label\"")))
                .andExpect(content().string(containsString("Audio or video without a transcript")))
                .andExpect(content().string(containsString("href=\"/portfolios/" + portfolio + "/evidence/" + video + "/edit#accessibleText\"")))
                .andExpect(content().string(not(containsString("No problems found"))));
    }

    @Test
    void aPortfolioWithNothingToSuggestSaysSo() throws Exception {
        mvc.perform(get(page).with(as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No problems found.")))
                .andExpect(content().string(not(containsString("advice-item"))));
    }

    @Test
    void anotherCandidateAMentorAndAnAssessorGetNotFound() throws Exception {
        writeProblems();
        for (var intruder : List.of(as(person(Role.CANDIDATE)), as(person(Role.MENTOR), "MENTOR"), as(person(Role.ASSESSOR), "ASSESSOR"))) {
            mvc.perform(get(page).with(intruder)).andExpect(status().isNotFound());
        }
    }

    @Test
    void anAdministratorMayReadItWithLinksToReadNotChange() throws Exception {
        writeProblems();
        evidence.addLink(portfolio, owner, "https://vimeo.com/123", new EvidenceDetails("Talk", null, null, true));
        mvc.perform(get(page).with(as(person(Role.ADMINISTRATOR), "ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("See the reflection")))
                .andExpect(content().string(not(containsString("Change the reflection"))))
                .andExpect(content().string(containsString("href=\"/portfolios/" + portfolio + "/evidence\"")))
                .andExpect(content().string(not(containsString("/edit#accessibleText"))));
    }

    @Test
    void nobodySignedOutReachesIt() throws Exception {
        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
    }

    @Test
    void thePortfolioAndItsPreviewLinkToTheCheck() throws Exception {
        for (String from : List.of("/portfolios/" + portfolio, "/portfolios/" + portfolio + "/preview")) {
            mvc.perform(get(from).with(as(owner))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"" + page + "\"")));
        }
    }

    @Test
    void theSubmitPageGetsTheCountAndWhereToReadThem() {
        assertThat(portfolios.accessibilityAdvice(portfolio)).isEqualTo(new AccessibilityAdviceSummary(0, page));
        writeProblems();
        AccessibilityAdviceSummary summary = portfolios.accessibilityAdvice(portfolio);
        assertThat(summary).isEqualTo(new AccessibilityAdviceSummary(1, page));
        assertThat(summary.label()).isEqualTo("1 accessibility suggestion");
    }
}
