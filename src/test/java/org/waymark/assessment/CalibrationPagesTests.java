package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.support.WaymarkTest;

/**
 * The calibration page: only administrators see it (assessors and candidates are refused, visitors asked to sign in);
 * the table and the chart hold the same figures; too few pairs are said, not shown as a figure; a filter naming an
 * unknown round or pathway is answered with a message next to the field; no paired reviews give the empty state.
 */
@WaymarkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext spring;
    @Autowired
    People people;

    CalibrationFixtures.Seeded seeded;

    @BeforeAll
    void seed() {
        seeded = new CalibrationFixtures(spring).seed();
    }

    @Test
    void onlyAdministratorsMayCalibrate() throws Exception {
        mvc.perform(get("/admin/calibration").with(as(seeded.admin(), "ADMINISTRATOR"))).andExpect(status().isOk());
        mvc.perform(get("/admin/calibration").with(as(seeded.lee(), "ASSESSOR"))).andExpect(status().isForbidden());
        UUID candidate = people.createVerified("Cat Candidate", ReviewFixtures.unique("cat"), ReviewFixtures.PASSWORD,
                Role.CANDIDATE).id();
        mvc.perform(get("/admin/calibration").with(as(candidate, "CANDIDATE"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calibration")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));

        assertThat(page("/admin/people")).contains("href=\"/admin/calibration\"");
        String assessorsHome = mvc.perform(get("/assessor").with(as(seeded.lee(), "ASSESSOR"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(assessorsHome).doesNotContain("href=\"/admin/calibration\"");
    }

    @Test
    void theTableAndTheChartShowTheSameFigures() throws Exception {
        String page = page("/admin/calibration?round=" + seeded.first().id());

        assertThat(page).contains("From <strong>3 assessments</strong>");
        // All grade rows together: 9/13 = 0.69 on 26 pairs (worked in CalibrationTests); each row alone: too few pairs.
        assertThat(page).contains("<th scope=\"row\">All grade rows together</th>").contains("<td>26</td>").contains("<td>0.69</td>")
                .contains("<td>Substantial</td>").contains("<td>Too few pairs</td>");
        assertThat(page).contains("role=\"img\"").contains("<title id=\"agreement-chart-title\">")
                .contains("All grade rows together: 0.69 substantial (n=26)").contains("1b Technical knowledge and ab\u2026")
                .contains("too few pairs (n=3)");
        assertThat(page).contains("<th scope=\"row\">Lee Lead</th>").contains("-0.31 more lenient")
                .contains("<th scope=\"row\">Sam Second</th>").contains("+0.31 stricter")
                .contains("Lee Lead: " + seeded.first().name() + " -0.31 more lenient (n=26)");
        assertThat(page).contains("The weights are linear");

        String both = page("/admin/calibration?round=" + seeded.first().id() + "&round=" + seeded.second().id());
        assertThat(both).contains(seeded.second().name() + " +1.00 stricter (n=9)").contains("All rounds shown")
                .contains("+0.03 in line");
    }

    @Test
    void aFilterWithNoPairedReviewsShowsTheEmptyStateAndABadFilterSaysWhy() throws Exception {
        assertThat(page("/admin/calibration?round=" + seeded.first().id() + "&pathway=senior"))
                .contains("id=\"calibration-empty\"").contains("No assessment in these rounds and pathway has both reviews submitted.")
                .doesNotContain("agreement-table");

        String bad = mvc.perform(get("/admin/calibration?round=not-a-round&pathway=nonsense").with(as(seeded.admin(), "ADMINISTRATOR")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("<title>Error: Calibration - Waymark</title>").contains("There is a problem")
                .contains("href=\"#rounds\"").contains("Choose rounds from the list")
                .contains("href=\"#pathway\"").contains("Choose a pathway from the list").doesNotContain("agreement-table");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(seeded.admin(), "ADMINISTRATOR"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static RequestPostProcessor as(UUID person, String... roles) {
        return user(person.toString()).roles(roles);
    }
}
