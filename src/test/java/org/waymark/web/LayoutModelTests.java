package org.waymark.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.support.WaymarkTest;

/**
 * The layout's model (demo mode, the session timeout, the signed-in person's reminder) reaches every rendered page,
 * now that interceptors add it after the handler rather than advice before it.
 */
@WaymarkTest(properties = "waymark.demo.enabled=true")
class LayoutModelTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPageShowsDemoModeAndTheSessionTimeout() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Demo sign-ins")))
                .andExpect(content().string(containsString("banner-demo")));

        UUID person = people.createVerified("Una Verified", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE).id();
        jdbc.sql("UPDATE person SET email_verified_at = NULL WHERE id = ?").param(person).update();
        mvc.perform(get("/home").with(user(person.toString()).roles("CANDIDATE"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"waymark-session-timeout\" content=\"")))
                .andExpect(content().string(containsString("Please verify your email address")));
    }
}
