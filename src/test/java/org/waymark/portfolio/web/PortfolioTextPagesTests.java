package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.Role;
import org.waymark.support.WaymarkTest;

/** How saved portfolio text comes back on the pages that print it, and what a too-large save is told. */
@WaymarkTest
class PortfolioTextPagesTests extends PortfolioTestSupport {

    @Autowired
    MockMvc mvc;

    UUID owner;
    UUID portfolio;
    UUID section;
    String url;

    @BeforeEach
    void setUp() {
        owner = person(Role.CANDIDATE);
        portfolio = portfolios.start(owner, "cmalt");
        section = sectionId(portfolio, "1a");
        url = "/portfolios/" + portfolio + "/sections/" + section;
    }

    @Test
    void aStoredHeadingIsShownBelowTheSectionAndPartOnPreviewAndRevisionPages() throws Exception {
        mvc.perform(post(url).with(as(owner)).with(csrf()).param("description", "<h2>My pilot</h2><h3>Detail</h3><p>Text</p>")
                .param("reflection", "").param("evidence", "").param("evidenceShown", "true")
                .param("version", String.valueOf(version(section))).param("action", "save"))
                .andExpect(status().is3xxRedirection());
        assertThat(description(section)).isEqualTo("<h2>My pilot</h2><h3>Detail</h3><p>Text</p>");

        var shifted = allOf(containsString("<h4>My pilot</h4><h5>Detail</h5>"), not(containsString("<h2>My pilot</h2>")));
        mvc.perform(get("/portfolios/" + portfolio + "/preview").with(as(owner)))
                .andExpect(status().isOk()).andExpect(content().string(shifted));
        UUID revision = jdbc.sql("SELECT id FROM section_revision WHERE section_id = ?").param(section).query(UUID.class).single();
        mvc.perform(get(url + "/revisions/" + revision).with(as(owner)))
                .andExpect(status().isOk()).andExpect(content().string(shifted))
                .andExpect(content().string(containsString("<h3>Description</h3>")));
    }

    @Test
    void anHtmxSaveLargerThanTheFormLimitIsToldInASentenceNotAnErrorPage() throws Exception {
        String body = "version=" + version(section) + "&description=" + "a".repeat(2 * 1024 * 1024 + 1);
        mvc.perform(post(url).with(as(owner)).with(csrf()).header("HX-Request", "true")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(header().string("Content-Type", containsString("text/plain")))
                .andExpect(content().string(containsString("too large to save")));
        assertThat(description(section)).isEmpty();
    }

    @Test
    void anHtmxSaveWithinTheLimitIsNotStopped() throws Exception {
        String body = "version=" + version(section) + "&description=" + "a".repeat(1000) + "&reflection=&evidence=&evidenceShown=true&action=";
        mvc.perform(post(url).with(as(owner)).with(csrf()).header("HX-Request", "true")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saved at")));
    }
}
