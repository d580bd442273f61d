package org.waymark.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.support.WaymarkTest;

/**
 * Administrators' pages and links are allowed by {@link Permissions} (the URL rules and the templates ask it for
 * the action), never by a role check of their own.
 */
@WaymarkTest
class AdministrationPermissionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;

    @Test
    void anAdministratorReachesPeopleTheAuditTrailAndEveryPortfolio() throws Exception {
        RequestPostProcessor admin = as(person(Role.ADMINISTRATOR), "ADMINISTRATOR");
        assertThat(page("/admin/people", admin)).contains("<h1>People</h1>");
        assertThat(page("/admin/audit", admin)).contains("<h1>Audit trail</h1>");
        assertThat(page("/admin/portfolios", admin)).contains("<h1>");
        assertThat(page("/portfolios", admin)).contains("href=\"/admin/portfolios\"");
        assertThat(page("/home", admin)).contains("href=\"/admin/people\"").contains("href=\"/admin/audit\"")
                .contains("href=\"/admin/portfolios\"").contains(">All portfolios<");
    }

    @Test
    void othersAreRefusedTheAdministratorsPagesAndSeeNoLinksToThem() throws Exception {
        for (String role : new String[] {"CANDIDATE", "MENTOR", "ASSESSOR"}) {
            RequestPostProcessor other = as(person(Role.valueOf(role)), role);
            mvc.perform(get("/admin/people").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit").with(other)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/portfolios").with(other)).andExpect(status().isForbidden());
            assertThat(page("/portfolios", other)).doesNotContain("href=\"/admin/portfolios\"");
            assertThat(page("/home", other)).doesNotContain("href=\"/admin/people\"").doesNotContain("href=\"/admin/audit\"");
        }
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private UUID person(Role role) {
        return people.createVerified("Person " + UUID.randomUUID(), UUID.randomUUID() + "@example.org", "a-long-password-1", role).id();
    }

    private static RequestPostProcessor as(UUID person, String role) {
        return user(person.toString()).roles(role);
    }
}
