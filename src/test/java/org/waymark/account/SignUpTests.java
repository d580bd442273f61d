package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.support.WaymarkTest;

@WaymarkTest
class SignUpTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;

    @Test
    void theSignUpPageShowsThePasswordRuleAsAHint() throws Exception {
        String page = mvc.perform(get("/sign-up")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("At least 12 characters, and not your email address")
                .contains("aria-describedby=\"password-hint\"")
                .contains("<label for=\"email\">Email address</label>");
    }

    @Test
    void mistakesAreExplainedNextToEachFieldAndInASummaryKeepingWhatWasTypedButNotThePassword() throws Exception {
        String page = mvc.perform(post("/sign-up").with(csrf())
                        .param("name", "Ada Lovelace").param("email", "not-an-email").param("password", "tooshort"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem")
                .contains("href=\"#email\"").contains("href=\"#password\"").doesNotContain("href=\"#name\"")
                .contains("<span>Enter an email address in the correct format, like name@example.org</span>")
                .contains("Enter a password of at least 12 characters")
                .contains("value=\"Ada Lovelace\"").contains("value=\"not-an-email\"")
                .doesNotContain("tooshort")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void anEmptyFormSaysWhatIsMissing() throws Exception {
        String page = mvc.perform(post("/sign-up").with(csrf()).param("name", " ").param("email", "").param("password", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Enter your full name").contains("Enter your email address")
                .contains("Enter a password of at least 12 characters");
    }

    @Test
    void thePasswordMayNotBeTheEmailAddress() throws Exception {
        String page = mvc.perform(post("/sign-up").with(csrf())
                        .param("name", "Ada").param("email", "ada.lovelace@example.org").param("password", "Ada.Lovelace@example.org"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your password must not be your email address");
        assertThat(people.findByEmail("ada.lovelace@example.org")).isEmpty();
    }

    @Test
    void signingUpCreatesAnUnverifiedCandidateAndAsksThemToCheckTheirEmailWithoutSigningThemIn() throws Exception {
        String email = "new-" + UUID.randomUUID() + "@example.org";
        var result = mvc.perform(post("/sign-up").with(csrf())
                        .param("name", "Grace Hopper").param("email", email).param("password", "a long enough password"))
                .andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("Check your email").contains(email);
        PersonSummary person = people.findByEmail(email).orElseThrow();
        assertThat(person.emailVerified()).isFalse();
        assertThat(person.roles()).containsExactly(Role.CANDIDATE);

        // Signing in straight away would tell the person that the address was new (see SignUpWithExistingEmailTests).
        var session = result.getRequest().getSession(false);
        assertThat(session == null ? null : session.getAttribute("SPRING_SECURITY_CONTEXT")).as("signed in").isNull();
        var signedIn = mvc.perform(formLogin("/sign-in").user("email", email).password("password", "a long enough password"))
                .andExpect(redirectedUrl("/home")).andReturn();
        String account = mvc.perform(get("/account").cookie(signedIn.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(account).contains("Please verify your email address").contains("Send the verification email again");
    }

    @Test
    void signUpWithoutACsrfTokenIsNotActedOn() throws Exception {
        // Without a session the CSRF failure is treated as an expired session: what was typed is shown back.
        mvc.perform(post("/sign-up").param("name", "A").param("email", "a@example.org").param("password", "a long enough password"))
                .andExpect(forwardedUrl("/session/expired"));
        assertThat(people.findByEmail("a@example.org")).isEmpty();
    }
}
