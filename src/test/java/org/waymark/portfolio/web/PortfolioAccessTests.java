package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.Role;
import org.waymark.support.WaymarkTest;

/** Every portfolio endpoint, for the owner, another candidate, a mentor, an assessor and an administrator. */
@WaymarkTest
class PortfolioAccessTests extends PortfolioTestSupport {

    @Autowired
    MockMvc mvc;

    UUID owner;
    UUID portfolio;
    UUID section;

    @BeforeEach
    void setUp() {
        owner = person(Role.CANDIDATE);
        portfolio = portfolios.start(owner, "cmalt");
        section = sectionId(portfolio, "1a");
    }

    List<String> viewPages() {
        String p = "/portfolios/" + portfolio;
        return List.of(p, p + "/principles", p + "/preview", p + "/sections/" + section, p + "/sections/" + section + "/revisions");
    }

    List<String> editPages() {
        String p = "/portfolios/" + portfolio;
        return List.of(p + "/confirmation", p + "/delete", p + "/progress");
    }

    @Test
    void theOwnerMayViewAndEditEverything() throws Exception {
        for (String page : viewPages()) {
            mvc.perform(get(page).with(as(owner))).andExpect(status().isOk());
        }
        for (String page : editPages()) {
            mvc.perform(get(page).with(as(owner))).andExpect(status().isOk());
        }
    }

    @Test
    void anotherCandidateAMentorAndAnAssessorGetNotFoundEverywhere() throws Exception {
        for (var intruder : List.of(as(person(Role.CANDIDATE)), as(person(Role.MENTOR), "MENTOR"), as(person(Role.ASSESSOR), "ASSESSOR"))) {
            for (String page : viewPages()) {
                mvc.perform(get(page).with(intruder)).andExpect(status().isNotFound());
            }
            for (String page : editPages()) {
                mvc.perform(get(page).with(intruder)).andExpect(status().isNotFound());
            }
            mvc.perform(post("/portfolios/" + portfolio + "/sections/" + section).with(intruder).with(csrf())
                    .param("description", "mine now").param("version", "0").param("action", "save"))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/portfolios/" + portfolio + "/delete").with(intruder).with(csrf()).param("confirm", "yes"))
                    .andExpect(status().isNotFound());
        }
        assertThat(description(section)).isEmpty();
        assertThat(portfolios.overview(portfolio)).isPresent();
    }

    @Test
    void anAdministratorMayViewButNotChange() throws Exception {
        var admin = as(person(Role.ADMINISTRATOR), "ADMINISTRATOR");
        for (String page : viewPages()) {
            mvc.perform(get(page).with(admin)).andExpect(status().isOk());
        }
        mvc.perform(get("/portfolios/" + portfolio + "/confirmation").with(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/portfolios/" + portfolio + "/sections/" + section).with(admin).with(csrf())
                .param("description", "changed by admin").param("version", "0").param("action", "save"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portfolios/" + portfolio + "/delete").with(admin).with(csrf()).param("confirm", "yes"))
                .andExpect(status().isNotFound());
        assertThat(description(section)).isEmpty();
    }

    @Test
    void nobodySignedOutReachesAPortfolio() throws Exception {
        for (String page : viewPages()) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void aSectionOfAnotherPortfolioCannotBeReachedThroughYourOwn() throws Exception {
        UUID mine = portfolios.start(owner, "associate");
        mvc.perform(get("/portfolios/" + mine + "/sections/" + section).with(as(owner))).andExpect(status().isNotFound());
        for (String action : List.of("save", "autosave")) {
            mvc.perform(post("/portfolios/" + mine + "/sections/" + section).with(as(owner)).with(csrf())
                    .header("HX-Request", "true").param("description", "through the wrong portfolio")
                    .param("version", String.valueOf(version(section))).param("action", action))
                    .andExpect(status().isNotFound());
        }
        assertThat(description(section)).isEmpty();
    }

    @Test
    void everyChangeNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/portfolios/" + portfolio + "/sections/" + section).with(as(owner))
                .param("description", "no token").param("version", String.valueOf(version(section))).param("action", "save"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portfolios").with(as(owner)).param("pathway", "cmalt")).andExpect(status().isForbidden());
        assertThat(description(section)).isEmpty();
    }
}
