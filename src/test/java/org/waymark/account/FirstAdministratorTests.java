package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.audit.AuditTrail;
import org.waymark.notification.Mailer;
import org.waymark.support.WaymarkTest;

/** The first administrator of a new installation: the owner of the configured address, once they confirm it. */
@WaymarkTest(properties = "waymark.first-administrator-email=First.Admin@Example.org")
class FirstAdministratorTests {

    private static final Pattern TOKEN = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    Mailer mailer;
    @Autowired
    AuditTrail audit;

    @Test
    void theOwnerOfTheConfiguredAddressBecomesAdministratorWhenTheyConfirmItAndNoOneElseDoes() throws Exception {
        signUp("Someone Else", "someone.else@example.org");
        confirm("someone.else@example.org");
        assertThat(people.findByEmail("someone.else@example.org").orElseThrow().roles()).containsExactly(Role.CANDIDATE);

        signUp("First Admin", "first.admin@EXAMPLE.org");
        PersonSummary unconfirmed = people.findByEmail("first.admin@example.org").orElseThrow();
        assertThat(unconfirmed.roles()).as("signing up with the address is not enough").doesNotContain(Role.ADMINISTRATOR);

        confirm("first.admin@example.org");
        PersonSummary admin = people.findByEmail("first.admin@example.org").orElseThrow();
        assertThat(admin.roles()).contains(Role.ADMINISTRATOR, Role.CANDIDATE);
        assertThat(audit.forObject("person", admin.id().toString()))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("person.role-granted");
                    assertThat(entry.detail()).contains("ADMINISTRATOR").contains("first administrator");
                });
    }

    private void signUp(String name, String email) throws Exception {
        mvc.perform(post("/sign-up").with(csrf()).param("name", name).param("email", email)
                .param("password", "a long enough password")).andExpect(status().isOk());
    }

    private void confirm(String email) throws Exception {
        String body = mailer.recent(50).stream().filter(m -> m.recipient().equals(email)).findFirst().orElseThrow().body();
        Matcher token = TOKEN.matcher(body);
        assertThat(token.find()).isTrue();
        mvc.perform(post("/verify-email/confirm").with(csrf()).param("token", token.group(1))).andExpect(status().isOk());
    }
}
