package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.support.WaymarkTest;

/** Time stands still here (a test clock), so the throttle's short first wait cannot pass while the test runs. */
@WaymarkTest
class SignInThrottleTests {

    static final MutableClock CLOCK = new MutableClock();

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        Clock stoppedClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;

    @Test
    void afterFiveFailuresTheSixthAttemptIsRefusedEvenWithTheRightPasswordWhileAnotherEmailIsUnaffected() throws Exception {
        String target = PeopleAdministrationTests.unique("target");
        String other = PeopleAdministrationTests.unique("other");
        people.createVerified("Target Person", target, "the right password");
        people.createVerified("Other Person", other, "the other password");

        for (int i = 0; i < 5; i++) {
            Cookie session = attempt(target, "a wrong password", from("10.9.0.1"), "/sign-in?error");
            assertThat(problem(session)).contains("The email or password is not right");
        }
        Cookie refused = attempt(target, "the right password", from("10.9.0.1"), "/sign-in?error");
        assertThat(problem(refused)).contains("Too many failed attempts. Wait").contains("or reset your password");

        // The throttle counts per email and per address: the same email from elsewhere is still refused ...
        assertThat(problem(attempt(target, "the right password", from("10.9.0.2"), "/sign-in?error")))
                .contains("Too many failed attempts");
        // ... and another person, from another address, signs in as usual.
        attempt(other, "the other password", from("10.9.0.3"), "/home");

        // Never a permanent lock-out: once the wait has passed, the right password works again.
        CLOCK.advance(Duration.ofMinutes(1));
        attempt(target, "the right password", from("10.9.0.1"), "/home");
    }

    private Cookie attempt(String email, String password, RequestPostProcessor from, String expectedRedirect) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", password).with(from))
                .andExpect(redirectedUrl(expectedRedirect)).andReturn().getResponse().getCookie("SESSION");
    }

    private String problem(Cookie session) throws Exception {
        return mvc.perform(get("/sign-in").param("error", "").cookie(session)).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
