package org.waymark.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.award.internal.AwardService;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.support.WaymarkTest;

/**
 * Certified membership on the pages, by role: only administrators record a fee (confirmed, from the version on their
 * page); the holder's awards page says when the fee and the portfolio review are due; a lapsed member's verification
 * page says the membership lapsed.
 */
@WaymarkTest
class MembershipPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AwardService awards;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    UUID holder;
    Award lapsed;

    @BeforeEach
    void aLapsedMember() {
        fixtures = new SubmissionFixtures(context);
        holder = fixtures.candidate("Lee Lapsed", UUID.randomUUID() + "@example.org");
        lapsed = awards.recordEarlier(holder, "cmalt", awards.today().minusYears(2), null);
    }

    @Test
    void aLapsedMembersPagesSaySoAndTheAwardsPageSaysWhenFeeAndReviewAreDue() throws Exception {
        assertThat(mvc.perform(get("/verify/{token}", lapsed.verificationToken())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString())
                .contains("Lapsed: certified membership not renewed", "membership lapsed on " + date(lapsed.membershipPaidUntil()));

        String mine = mvc.perform(get("/awards").with(as(holder, "CANDIDATE"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(mine).contains("Overdue since " + date(lapsed.membershipPaidUntil()),
                "Due on " + date(lapsed.portfolioReviewDueOn()));

        UUID current = fixtures.candidate();
        Award valid = awards.issue(current, "cmalt", UUID.randomUUID(), "pass", null);
        assertThat(mvc.perform(get("/awards").with(as(current, "CANDIDATE"))).andReturn().getResponse().getContentAsString())
                .contains("Next due on " + date(valid.membershipPaidUntil()), "Due on " + date(valid.portfolioReviewDueOn()))
                .doesNotContain("Overdue");
    }

    @Test
    void onlyAdministratorsRecordAFeeConfirmedAndFromThePageTheySaw() throws Exception {
        for (String role : new String[] {"CANDIDATE", "ASSESSOR", "MENTOR"}) {
            mvc.perform(post("/admin/awards/{id}/payment", lapsed.id()).with(as(holder, role)).with(csrf())
                    .param("version", "0").param("confirmPayment", "true")).andExpect(status().isForbidden());
        }
        RequestPostProcessor admin = as(UUID.randomUUID(), "ADMINISTRATOR");
        mvc.perform(post("/admin/awards/{id}/payment", lapsed.id()).with(admin).param("version", "0")
                .param("confirmPayment", "true")).andExpect(status().isForbidden()); // no CSRF token

        assertThat(mvc.perform(get("/admin/awards/{id}", lapsed.id()).with(admin)).andReturn().getResponse()
                .getContentAsString()).contains("Record a membership fee",
                "The fee for the year from " + date(lapsed.membershipPaidUntil()) + " to "
                        + date(lapsed.membershipPaidUntil().plusYears(1)) + " has been received");

        String unconfirmed = mvc.perform(post("/admin/awards/{id}/payment", lapsed.id()).with(admin).with(csrf())
                .param("version", "0")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unconfirmed).contains("Tick the box to confirm the fee has been received", "aria-invalid=\"true\"");
        assertThat(awards.find(lapsed.id()).orElseThrow().membershipPaidUntil()).isEqualTo(lapsed.membershipPaidUntil());

        mvc.perform(post("/admin/awards/{id}/payment", lapsed.id()).with(admin).with(csrf())
                .param("version", "0").param("confirmPayment", "true"))
                .andExpect(redirectedUrl("/admin/awards/" + lapsed.id()));
        assertThat(awards.find(lapsed.id()).orElseThrow().membershipPaidUntil()).isEqualTo(lapsed.membershipPaidUntil().plusYears(1));

        String twice = mvc.perform(post("/admin/awards/{id}/payment", lapsed.id()).with(admin).with(csrf())
                .param("version", "0").param("confirmPayment", "true")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(twice).contains("Someone changed this award meanwhile");
        assertThat(awards.find(lapsed.id()).orElseThrow().membershipPaidUntil())
                .as("the same page sent twice records one year").isEqualTo(lapsed.membershipPaidUntil().plusYears(1));
    }

    private static String date(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    private static RequestPostProcessor as(UUID person, String role) {
        return user(person.toString()).roles(role);
    }
}
