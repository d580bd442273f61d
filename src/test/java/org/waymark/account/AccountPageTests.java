package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waymark.support.WaymarkTest;

import static org.waymark.account.PeopleAdministrationTests.as;

@WaymarkTest
class AccountPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;

    PersonSummary person;

    @BeforeEach
    void person() {
        person = people.createVerified("Pat Person", PeopleAdministrationTests.unique("pat"), "pat's long password");
    }

    @Test
    void profileMistakesAreExplainedAndWhatWasTypedIsKept() throws Exception {
        String page = body(post("/account/profile").with(as(person)).with(csrf())
                .param("name", "").param("jobTitle", "Learning designer").param("institution", "Open College")
                .param("sector", "Outer space").param("yearsExperience", "five"));
        assertThat(page).contains("There is a problem").contains("Enter your full name").contains("Choose a sector from the list")
                .contains("Enter years of experience as a whole number from 0 to 60")
                .contains("value=\"Learning designer\"").contains("value=\"Open College\"").contains("value=\"five\"")
                .contains("href=\"#yearsExperience\"");
        assertThat(people.find(person.id()).orElseThrow().jobTitle()).isNull();
    }

    @Test
    void aValidProfileIsSaved() throws Exception {
        mvc.perform(post("/account/profile").with(as(person)).with(csrf()).param("name", "Pat Q. Person")
                        .param("jobTitle", "Learning designer").param("institution", "Open College")
                        .param("sector", "Further education").param("yearsExperience", "7"))
                .andExpect(redirectedUrl("/account"));
        PersonSummary saved = people.find(person.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Pat Q. Person");
        assertThat(saved.institution()).isEqualTo("Open College");
        assertThat(saved.yearsExperience()).isEqualTo(7);
        assertThat(body(get("/account").with(as(person)))).contains("<option value=\"Further education\" selected=\"selected\">");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
        Cookie elsewhere = mvc.perform(formLogin("/sign-in").user("email", person.email()).password("password", "pat's long password"))
                .andExpect(redirectedUrl("/home")).andReturn().getResponse().getCookie("SESSION");

        assertThat(body(post("/account/password").with(as(person)).with(csrf())
                .param("currentPassword", "a wrong guess").param("newPassword", "pat's new long password")))
                .contains("Your current password is not right");
        assertThat(body(post("/account/password").with(as(person)).with(csrf())
                .param("currentPassword", "pat's long password").param("newPassword", person.email())))
                .contains("Your password must not be your email address");

        mvc.perform(post("/account/password").with(as(person)).with(csrf())
                        .param("currentPassword", "pat's long password").param("newPassword", "pat's new long password"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(formLogin("/sign-in").user("email", person.email()).password("password", "pat's new long password"))
                .andExpect(redirectedUrl("/home"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account/profile", "/account/password", "/account/email", "/account/verification",
            "/sign-out"})
    void everyAccountFormNeedsACsrfToken(String url) throws Exception {
        mvc.perform(post(url).with(as(person)).param("name", "Changed Name")).andExpect(status().isForbidden());
        assertThat(people.find(person.id()).orElseThrow().name()).isEqualTo("Pat Person");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sign-up", "/forgot-password", "/reset-password", "/verify-email"})
    void publicFormsWithoutACsrfTokenAreNotActedOn(String url) throws Exception {
        mvc.perform(post(url).param("email", "someone@example.org").param("name", "Someone").param("password", "a long enough password"))
                .andExpect(forwardedUrl("/session/expired"));
        assertThat(people.findByEmail("someone@example.org")).isEmpty();
    }

    @Test
    void theAccountPageIsOnlyForPeopleWhoAreSignedIn() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/sign-in"));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
