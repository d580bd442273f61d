package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.notification.Mailer;
import org.waymark.support.WaymarkTest;

/** Signing up with an address that already has an account tells the person nothing, and tells the owner by email. */
@WaymarkTest
class SignUpWithExistingEmailTests {

    static final MutableClock CLOCK = new MutableClock();
    static final String NOTICE = "Someone tried to create a Waymark account with your email address";

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock mutableClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Mailer mailer;

    @BeforeEach
    void now() {
        CLOCK.reset();
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String taken = uniqueEmail();
        people.createVerified("Existing Person", taken, "correct horse battery");
        String fresh = uniqueEmail();

        String forTaken = signUp("Someone Else", taken.toUpperCase());
        String forFresh = signUp("Someone Else", fresh.toUpperCase());

        String csrfToken = "content=\"[^\"]*\"|value=\"[^\"]*\"";
        assertThat(forTaken.replace(taken.toUpperCase(), "X").replaceAll(csrfToken, ""))
                .isEqualTo(forFresh.replace(fresh.toUpperCase(), "X").replaceAll(csrfToken, ""));
        assertThat(forTaken).contains("Check your email").doesNotContain("already uses");
        assertThat(people.findByEmail(fresh)).isPresent();
        assertThat(people.findByEmail(taken).orElseThrow().name()).isEqualTo("Existing Person");
    }

    @Test
    void theOwnerIsEmailedAWayToSignInOrResetTheirPassword() throws Exception {
        String taken = uniqueEmail();
        people.createVerified("Existing Person", taken, "correct horse battery");

        signUp("Someone Else", taken);

        List<Mailer.OutboxMessage> mail = mailTo(taken);
        assertThat(mail).hasSize(1);
        assertThat(mail.getFirst().subject()).isEqualTo(NOTICE);
        assertThat(mail.getFirst().body()).contains("Hello Existing Person").contains("/sign-in").contains("/forgot-password")
                .doesNotContain("token=");
    }

    @Test
    void theOwnerHearsAtMostOnceAnHourHoweverOftenSomeoneTries() throws Exception {
        String taken = uniqueEmail();
        people.createVerified("Existing Person", taken, "correct horse battery");

        signUp("First Try", taken);
        signUp("Second Try", taken);
        CLOCK.advance(Duration.ofMinutes(59));
        signUp("Third Try", taken);
        assertThat(mailTo(taken)).hasSize(1);

        CLOCK.advance(Duration.ofMinutes(2));
        signUp("Fourth Try", taken);
        assertThat(mailTo(taken)).hasSize(2);
    }

    private String signUp(String name, String email) throws Exception {
        return mvc.perform(post("/sign-up").with(csrf()).param("name", name).param("email", email)
                        .param("password", "another long password"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<Mailer.OutboxMessage> mailTo(String email) {
        return mailer.recent(500).stream().filter(m -> m.recipient().equals(email)).toList();
    }

    private static String uniqueEmail() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
