package org.waymark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;
import org.waymark.support.WaymarkTest;

/**
 * The GOV.UK error pattern on the forms: a summary first ("There is a problem", role alert) that links every
 * problem to its field, the message beside the field, and a title that begins "Error: ".
 */
@WaymarkTest
class ErrorSummaryTests {

    private static final Pattern SUMMARY_LINK = Pattern.compile("<li><a href=\"#([^\"]+)\">([^<]+)</a></li>");

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Portfolios portfolios;

    UUID owner;

    @BeforeEach
    void candidate() {
        owner = people.createVerified("Sam Summary", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE).id();
    }

    @Test
    void startingAPortfolioWithoutAPathwayShowsTheSummaryAndTheMessageAtTheChoice() throws Exception {
        String page = send(post("/portfolios"));
        assertThat(page).contains("<title>Error: Start a portfolio - Waymark</title>",
                "<a href=\"#pathway-associate\">Choose the pathway you want to work towards</a>", "id=\"pathway-error\"");
        assertThat(problemWithSummary(page)).isNull();
    }

    @Test
    void aHalfSuggestedAssessorIsReportedInTheSummaryAndTheTitle() throws Exception {
        UUID portfolio = portfolios.start(owner, "cmalt");
        String page = send(post("/portfolios/" + portfolio + "/confirmation").param("assessorEmail", "not an email"));
        assertThat(page).contains("<title>Error: Confirmation - Waymark</title>", "href=\"#assessorName\"", "href=\"#assessorEmail\"");
        assertThat(problemWithSummary(page)).isNull();
    }

    @Test
    void signingUpWithNothingListsEveryFieldAtOnce() throws Exception {
        String page = mvc.perform(post("/sign-up").with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Error: Create an account - Waymark</title>", "href=\"#name\"", "href=\"#email\"",
                "href=\"#password\"");
        assertThat(problemWithSummary(page)).isNull();
    }

    @Test
    void aProblemInOneAccountFormPutsItsSummaryAtTheTopOfThePage() throws Exception {
        String page = send(post("/account/password").param("currentPassword", "").param("newPassword", "short"));
        assertThat(page).contains("<title>Error: Your account - Waymark</title>", "href=\"#currentPassword\"", "href=\"#newPassword\"");
        assertThat(page.indexOf("There is a problem")).isLessThan(page.indexOf("id=\"profile-heading\""));
        assertThat(problemWithSummary(page)).isNull();
    }

    private String send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(owner.toString()).roles("CANDIDATE")).with(csrf())).andReturn().getResponse()
                .getContentAsString();
    }

    /**
     * What is wrong with a page's error summary, or null when it follows the pattern (or the page has none): the
     * title begins "Error: ", the summary is an alert headed "There is a problem", and every link in it leads to
     * an element of the page.
     */
    static String problemWithSummary(String page) {
        int summary = page.indexOf("class=\"error-summary\"");
        if (summary < 0) {
            return null;
        }
        if (!page.contains("<title>Error: ")) {
            return "an error summary, but the title does not begin \"Error: \"";
        }
        int end = page.indexOf("</div>", summary);
        String box = page.substring(page.lastIndexOf('<', summary), end);
        if (!box.contains("role=\"alert\"") || !box.contains("There is a problem")) {
            return "an error summary that is not an alert headed \"There is a problem\"";
        }
        Matcher link = SUMMARY_LINK.matcher(box);
        int links = 0;
        while (link.find()) {
            links++;
            if (!page.contains("id=\"" + link.group(1) + "\"")) {
                return "the summary links to #" + link.group(1) + ", which is not on the page";
            }
        }
        return links == 0 ? "an error summary that links to no field" : null;
    }
}
