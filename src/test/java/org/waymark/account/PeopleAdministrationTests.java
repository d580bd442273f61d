package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.audit.AuditTrail;
import org.waymark.support.WaymarkTest;

@WaymarkTest
class PeopleAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    AuditTrail audit;

    PersonSummary admin;
    PersonSummary candidate;

    @BeforeEach
    void people() {
        admin = people.createVerified("Ada Admin", unique("admin"), "administrator password", Role.ADMINISTRATOR);
        candidate = people.createVerified("Carl Candidate", unique("candidate"), "candidate password", Role.CANDIDATE);
        people.updateProfile(candidate.id(), "Learning technologist", "University of Testing", "Higher education", 4);
    }

    static Stream<String> adminPages() {
        return Stream.of("/admin/people", "/admin/people?q=carl", "/admin/people/{id}", "/admin/people/{id}/deactivate");
    }

    static Stream<String> adminActions() {
        return Stream.of("/admin/people/{id}/roles?role=MENTOR&grant=true", "/admin/people/{id}/deactivate",
                "/admin/people/{id}/reactivate");
    }

    @ParameterizedTest
    @MethodSource({"adminPages"})
    void everyAdminPageIsRefusedToACandidateAndShownToAnAdministrator(String page) throws Exception {
        String url = page.replace("{id}", candidate.id().toString());
        mvc.perform(get(url).with(as(candidate))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as(admin))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @MethodSource({"adminActions"})
    void everyAdminActionIsRefusedToACandidateAndNeedsACsrfToken(String action) throws Exception {
        String url = action.replace("{id}", candidate.id().toString());
        mvc.perform(post(url).with(as(candidate)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(url).with(as(admin))).andExpect(status().isForbidden());
        mvc.perform(post(url).with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void administratorsFindPeopleByNameEmailOrInstitution() throws Exception {
        for (String q : new String[] {"carl cand", candidate.email().toUpperCase(), "university of TESTING"}) {
            String page = body(get("/admin/people").param("q", q).with(as(admin)));
            assertThat(page).as(q).contains("Carl Candidate").doesNotContain("Ada Admin");
        }
        assertThat(body(get("/admin/people").param("q", "nobody-like-this").with(as(admin)))).contains("No one matches");
    }

    @Test
    void rolesAreGrantedAndRemovedAndAudited() throws Exception {
        mvc.perform(post("/admin/people/{id}/roles", candidate.id()).param("role", "ASSESSOR").param("grant", "true")
                .with(as(admin)).with(csrf())).andExpect(redirectedUrl("/admin/people/" + candidate.id()));
        assertThat(people.find(candidate.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.CANDIDATE, Role.ASSESSOR);
        mvc.perform(post("/admin/people/{id}/roles", candidate.id()).param("role", "CANDIDATE").param("grant", "false")
                .with(as(admin)).with(csrf()));
        assertThat(people.find(candidate.id()).orElseThrow().roles()).containsExactly(Role.ASSESSOR);
        assertThat(audit.forObject("person", candidate.id().toString()))
                .extracting(AuditTrail.Entry::action).contains("person.role-granted", "person.role-removed");
        assertThat(body(get("/admin/people/{id}", candidate.id()).with(as(admin)))).contains("Remove assessor role")
                .contains("Grant candidate role");
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRoleNorDeactivateThemselves() throws Exception {
        mvc.perform(post("/admin/people/{id}/roles", admin.id()).param("role", "ADMINISTRATOR").param("grant", "false")
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/people/{id}/deactivate", admin.id()).with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        PersonSummary after = people.find(admin.id()).orElseThrow();
        assertThat(after.roles()).contains(Role.ADMINISTRATOR);
        assertThat(after.active()).isTrue();
        assertThat(body(get("/admin/people/{id}", admin.id()).with(as(admin))))
                .contains("You cannot remove your own administrator role").doesNotContain("Deactivate this account");
    }

    @Test
    void deactivationAsksFirstThenEndsTheSessionsAndRefusesSignIn() throws Exception {
        Cookie session = signIn(candidate.email(), "candidate password");
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

        String confirm = body(get("/admin/people/{id}/deactivate", candidate.id()).with(as(admin)));
        assertThat(confirm).contains("Carl Candidate").contains("will be signed out").contains("Yes, deactivate the account");
        assertThat(people.find(candidate.id()).orElseThrow().active()).isTrue();

        mvc.perform(post("/admin/people/{id}/deactivate", candidate.id()).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + candidate.id()));
        assertThat(people.find(candidate.id()).orElseThrow().active()).isFalse();
        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/sign-in"));

        MvcResult refused = mvc.perform(formLogin("/sign-in").user("email", candidate.email())
                .password("password", "candidate password")).andExpect(redirectedUrl("/sign-in?error")).andReturn();
        assertThat(body(get("/sign-in").param("error", "").cookie(refused.getResponse().getCookie("SESSION"))))
                .contains("This account has been deactivated");
        assertThat(audit.forObject("person", candidate.id().toString()))
                .extracting(AuditTrail.Entry::action).contains("person.deactivated");

        mvc.perform(post("/admin/people/{id}/reactivate", candidate.id()).with(as(admin)).with(csrf()));
        signIn(candidate.email(), "candidate password");
    }

    private Cookie signIn(String email, String password) throws Exception {
        return mvc.perform(formLogin("/sign-in").user("email", email).password("password", password))
                .andExpect(redirectedUrl("/home")).andReturn().getResponse().getCookie("SESSION");
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static RequestPostProcessor as(PersonSummary person) {
        return user(person.id().toString()).authorities(person.roles().stream()
                .map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(r.authority())).toList());
    }

    static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
