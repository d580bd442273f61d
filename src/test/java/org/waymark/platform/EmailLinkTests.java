package org.waymark.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.People;
import org.waymark.notification.Mailer;
import org.waymark.support.WaymarkTest;

/** A link in an email is built from the configured base URL, never from what the request says its host is. */
@WaymarkTest(properties = {"waymark.base-url=https://waymark.example.ac.uk/", "server.forward-headers-strategy=framework"})
class EmailLinkTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Mailer mailer;

    @Test
    void aForgedHostHeaderDoesNotReachTheResetLink() throws Exception {
        people.createVerified("Hosted Person", "hosted@example.org", "a long enough password");

        mvc.perform(post("/forgot-password").with(csrf()).param("email", "hosted@example.org")
                        .header("Host", "attacker.example").header("X-Forwarded-Host", "attacker.example")
                        .header("X-Forwarded-Proto", "http").header("Forwarded", "host=attacker.example"))
                .andExpect(status().isOk());

        String body = mailer.recent(50).stream().filter(m -> m.recipient().equals("hosted@example.org"))
                .findFirst().orElseThrow().body();
        assertThat(body).contains("https://waymark.example.ac.uk/reset-password?token=").doesNotContain("attacker");
    }
}
