package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
        mvc.perform(post("/portfolios").with(as(person(Role.CANDIDATE))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the pathway you want to work towards")));
    }

    @Test
    void theEligibilityGuideRecommendsButAllPathwaysStayOpen() throws Exception {
        UUID me = person(Role.CANDIDATE);
        mvc.perform(get("/portfolios/new").with(as(me)).param("years", "1").param("share", "most").param("leadership", "no"))
                .andExpect(content().string(containsString("We suggest <strong>Associate CMALT</strong>")))
                .andExpect(content().string(containsString("value=\"senior\"")));
        mvc.perform(get("/portfolios/new").with(as(me)).param("years", "8").param("share", "most").param("leadership", "yes"))
                .andExpect(content().string(containsString("We suggest <strong>Senior CMALT</strong>")));
        mvc.perform(get("/portfolios/new").with(as(me)).param("years", "5").param("share", "most").param("leadership", "no"))
                .andExpect(content().string(containsString("We suggest <strong>CMALT</strong>")));
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
