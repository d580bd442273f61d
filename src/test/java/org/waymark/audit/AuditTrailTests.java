package org.waymark.audit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;
import org.waymark.support.WaymarkTest;

@WaymarkTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Portfolios portfolios;

    @Test
    void decisionsAreRecordedAndAdministratorsCanReadThem() throws Exception {
        UUID candidate = people.createVerified("C", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(candidate, "senior");
        mvc.perform(get("/admin/audit").param("object", portfolio.toString())
                        .with(user(UUID.randomUUID().toString()).roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("portfolio.started")))
                .andExpect(content().string(containsString("Senior CMALT on framework 2026.1")));
    }

    @Test
    void candidatesCannotReadTheAuditTrail() throws Exception {
        mvc.perform(get("/admin/audit").with(user(UUID.randomUUID().toString()).roles("CANDIDATE")))
                .andExpect(status().isForbidden());
    }
}
