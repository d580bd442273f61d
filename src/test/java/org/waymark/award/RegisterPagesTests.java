package org.waymark.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.award.internal.AwardService;
import org.waymark.award.internal.Register;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.support.WaymarkTest;

/**
 * The register pages by role: the search for anyone (members-only entries for certified members alone), and the
 * listing form for the award's holder only, with its messages next to the fields.
 */
@WaymarkTest
class RegisterPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AwardService awards;
    @Autowired
    Register register;
    @Autowired
    ApplicationContext context;

    SubmissionFixtures fixtures;
    String word;
    UUID holder;
    Award award;

    @BeforeEach
    void anAward() {
        fixtures = new SubmissionFixtures(context);
        word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        holder = fixtures.candidate("Priya Public", UUID.randomUUID() + "@example.org");
        award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);
    }

    @Test
    void visitorsSeePublicEntriesAndOnlyCertifiedMembersSeeMembersOnlyOnes() throws Exception {
        awards.chooseListing(holder, award.id(), new Listing(Listing.Visibility.PUBLIC, List.of(word), "Higher education",
                "Learning technologist", "https://portfolio.example.org/priya"));
        UUID quiet = fixtures.candidate("Mo Members", UUID.randomUUID() + "@example.org");
        Award quietAward = awards.issue(quiet, "senior", UUID.randomUUID(), "pass", null);
        awards.chooseListing(quiet, quietAward.id(), new Listing(Listing.Visibility.MEMBERS, List.of(word), "Schools",
                "Teacher", null));

        String signedOut = page(get("/register").param("specialism", word));
        assertThat(signedOut).contains("Priya Public", "/verify/" + award.verificationToken(),
                "https://portfolio.example.org/priya", "1 holder found.").doesNotContain("Mo Members");
        String nonMember = page(get("/register").param("specialism", word).with(as(fixtures.candidate(), "CANDIDATE")));
        assertThat(nonMember).contains("Priya Public").doesNotContain("Mo Members");
        String assessorWithoutAward = page(get("/register").param("specialism", word).with(as(fixtures.candidate(), "ASSESSOR")));
        assertThat(assessorWithoutAward).doesNotContain("Mo Members");
        String member = page(get("/register").param("specialism", word).with(as(holder, "CANDIDATE")));
        assertThat(member).contains("Priya Public", "Mo Members", "Members only", "2 holders found.",
                "/verify/" + quietAward.verificationToken());

        assertThat(page(get("/register").param("specialism", word).param("pathway", "senior"))).contains("No holders match");
        assertThat(page(get("/register").param("specialism", word + "nothing"))).contains("No holders match your search");
        // Nothing private in a result.
        assertThat(signedOut).doesNotContain(holder.toString()).doesNotContain("@example.org");
    }

    @Test
    void aLapsedMembersEntryAndVerificationPageSaySo() throws Exception {
        awards.chooseListing(holder, award.id(), new Listing(Listing.Visibility.PUBLIC, List.of(word), "Higher education",
                "Learning technologist", null));
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("UPDATE award SET membership_paid_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(java.time.LocalDate.now().minusYears(1)), award.id()).update();
        assertThat(page(get("/register").param("specialism", word))).contains("Priya Public", "Lapsed: certified membership not renewed");
        assertThat(page(get("/verify/{t}", award.verificationToken()))).contains("Lapsed", "has not been renewed");
    }

    @Test
    void onlyTheHolderOpensAndSavesTheListingForm() throws Exception {
        mvc.perform(get("/awards/{id}/register", award.id())).andExpect(redirectedUrl("/sign-in"));
        assertThat(page(get("/awards/{id}/register", award.id()).with(as(holder, "CANDIDATE"))))
                .contains("Your register entry", award.certificateNumber(), "value=\"NOT_LISTED\" checked=\"checked\"");
        for (String role : new String[] {"CANDIDATE", "ASSESSOR", "MENTOR", "ADMINISTRATOR"}) {
            UUID someoneElse = fixtures.candidate();
            mvc.perform(get("/awards/{id}/register", award.id()).with(as(someoneElse, role))).andExpect(status().isNotFound());
            mvc.perform(post("/awards/{id}/register", award.id()).with(as(someoneElse, role)).with(csrf())
                    .param("visibility", "PUBLIC").param("specialisms", word).param("sector", "HE").param("jobRole", "LT"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/awards/{id}/register", award.id()).with(as(holder, "CANDIDATE"))
                .param("visibility", "PUBLIC").param("specialisms", word).param("sector", "HE").param("jobRole", "LT"))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(register.listing(award.id()).visibility()).isEqualTo(Listing.Visibility.NOT_LISTED);

        mvc.perform(post("/awards/{id}/register", award.id()).with(as(holder, "CANDIDATE")).with(csrf())
                        .param("visibility", "PUBLIC").param("specialisms", word + "\n  Learning   design \n\nlearning design")
                        .param("sector", " Higher education ").param("jobRole", "Learning technologist").param("portfolioUrl", ""))
                .andExpect(redirectedUrl("/awards"));
        Listing saved = register.listing(award.id());
        assertThat(saved.visibility()).isEqualTo(Listing.Visibility.PUBLIC);
        assertThat(saved.specialisms()).containsExactly(word, "Learning design");
        assertThat(saved.sector()).isEqualTo("Higher education");
        assertThat(saved.portfolioUrl()).isNull();
        assertThat(page(get("/awards").with(as(holder, "CANDIDATE")))).contains("Listed: anyone can find you.");
    }

    @Test
    void badInputIsShownBackWithAMessageNextToEachField() throws Exception {
        String answer = page(post("/awards/{id}/register", award.id()).with(as(holder, "CANDIDATE")).with(csrf())
                .param("visibility", "MEMBERS").param("specialisms", " \n ").param("sector", "")
                .param("jobRole", "x".repeat(101)).param("portfolioUrl", "javascript:alert(1)"));
        assertThat(answer).contains("<title>Error: ", "There is a problem",
                "id=\"specialisms-error\"", "Enter at least one specialism",
                "id=\"sector-error\"", "Enter the sector you work in",
                "id=\"jobRole-error\"", "Keep this to 100 characters or fewer",
                "id=\"portfolioUrl-error\"", "starting with https:// or http://",
                "value=\"MEMBERS\" checked=\"checked\"", "aria-invalid=\"true\"");
        assertThat(register.listing(award.id()).visibility()).isEqualTo(Listing.Visibility.NOT_LISTED);

        assertThat(page(post("/awards/{id}/register", award.id()).with(as(holder, "CANDIDATE")).with(csrf())
                .param("specialisms", word))).contains("id=\"visibility-error\"", "Choose who may see your entry");
        assertThat(page(post("/awards/{id}/register", award.id()).with(as(holder, "CANDIDATE")).with(csrf())
                .param("visibility", "PUBLIC").param("specialisms", String.join("\n", java.util.Collections.nCopies(11, "a")
                        .stream().map(a -> a + UUID.randomUUID()).toList())).param("sector", "HE").param("jobRole", "LT")))
                .contains("Give at most 10 specialisms");

        // Not listed: nothing else is needed.
        mvc.perform(post("/awards/{id}/register", award.id()).with(as(holder, "CANDIDATE")).with(csrf())
                .param("visibility", "NOT_LISTED")).andExpect(redirectedUrl("/awards"));
    }

    @Test
    void aRevokedAwardHasNoListingForm() throws Exception {
        awards.revoke(UUID.randomUUID(), award.id(), award.version(), "Plagiarism");
        mvc.perform(get("/awards/{id}/register", award.id()).with(as(holder, "CANDIDATE"))).andExpect(status().isNotFound());
        assertThat(page(get("/awards").with(as(holder, "CANDIDATE")))).doesNotContain("Choose how you are listed");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor as(UUID person, String role) {
        return user(person.toString()).roles(role);
    }
}
