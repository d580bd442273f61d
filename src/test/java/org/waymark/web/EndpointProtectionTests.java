package org.waymark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.waymark.support.WaymarkTest;

/**
 * Walks every GET and POST endpoint the application has, so that a new page or form can never be public or
 * reachable by the wrong role by accident: only the listed pages answer anyone, and they answer properly (2xx,
 * not an error page); every POST needs the CSRF token; /admin answers only administrators.
 */
@WaymarkTest
class EndpointProtectionTests {

    static final Set<String> PUBLIC = Set.of("/", "/sign-in", "/sign-up", "/verify-email", "/forgot-password",
            "/reset-password", "/session/csrf", "/session/expired", "/demo/mailbox", "/accessibility", "/error",
            "/verify", "/verify/{id}", "/register");  // the portfolio register: public entries to anyone
    /** Public pages that do not answer 2xx here, and why. */
    static final Set<String> PUBLIC_NOT_OK = Set.of(
            "/error",         // only ever rendered for another request's failure
            "/demo/mailbox",  // demo mode is off in tests: 404
            "/verify/{id}");  // a certificate's address with a token nobody was given: 404
    static final Set<String> PUBLIC_FORMS = Set.of("/sign-up", "/forgot-password", "/reset-password", "/verify-email",
            "/verify-email/confirm", "/session/expired");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    List<String> getPaths() {
        List<String> paths = paths(RequestMethod.GET);
        assertThat(paths).hasSizeGreaterThan(20);
        return paths;
    }

    List<String> postPaths() {
        List<String> paths = paths(RequestMethod.POST);
        assertThat(paths).hasSizeGreaterThan(15);
        return paths;
    }

    /** Every mapped path for that method, with random ids; not /error, which only renders other requests' failures. */
    private List<String> paths(RequestMethod wanted) {
        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(wanted)) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.equals("/error") && wanted != RequestMethod.GET) {
                        continue;
                    }
                    paths.add(pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
                }
            }
        });
        return paths;
    }

    private static String template(String path) {
        return path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
    }

    @Test
    void publicPagesAnswerWithAPageNotAnError() throws Exception {
        List<String> checked = new ArrayList<>();
        for (String path : getPaths()) {
            if (PUBLIC.contains(template(path)) && !PUBLIC_NOT_OK.contains(template(path))) {
                int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
                assertThat(status).as(path).isBetween(200, 299);
                checked.add(path);
            }
        }
        assertThat(checked).contains("/sign-in", "/sign-up", "/forgot-password", "/accessibility");
        // the front page is Spring Boot's welcome page, outside the handler mappings walked above
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void everyFormRefusesAPostWithoutTheCsrfToken() throws Exception {
        for (String path : postPaths()) {
            int status = mvc.perform(post(path).with(user(UUID.randomUUID().toString()).roles("ADMINISTRATOR")))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(path).isEqualTo(403);
        }
    }

    @Test
    void everyFormButThePublicOnesSendsStrangersToSignIn() throws Exception {
        for (String path : postPaths()) {
            if (PUBLIC_FORMS.contains(template(path))) {
                continue;
            }
            var response = mvc.perform(post(path).with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).isEqualTo("/sign-in");
        }
    }

    @Test
    void administrationFormsRefuseEveryoneButAdministrators() throws Exception {
        List<String> admin = postPaths().stream().filter(p -> p.startsWith("/admin")).toList();
        assertThat(admin).isNotEmpty();
        for (String path : admin) {
            for (String role : List.of("CANDIDATE", "MENTOR", "ASSESSOR")) {
                int status = mvc.perform(post(path).with(csrf()).with(user(UUID.randomUUID().toString()).roles(role)))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as(role + " " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void portfolioFormsRefuseSignedInPeopleWithoutAGrant() throws Exception {
        for (String path : postPaths()) {
            if (!path.startsWith("/portfolios/")) {
                continue;
            }
            int status = mvc.perform(post(path).with(csrf()).with(user(UUID.randomUUID().toString()).roles("CANDIDATE", "MENTOR", "ASSESSOR")))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(path).isIn(400, 403, 404);
        }
    }

    @Test
    void submissionPagesAndDownloadsFindNothingForSignedInPeopleWithoutAGrant() throws Exception {
        List<String> paths = getPaths().stream().filter(p -> p.matches("/submissions/[0-9a-f-]{36}(/.*)?")).toList();
        assertThat(paths.stream().map(EndpointProtectionTests::template)).contains("/submissions/{id}", "/submissions/{id}/portfolio.pdf");
        for (String path : paths) {
            for (String role : List.of("CANDIDATE", "MENTOR", "ASSESSOR")) {
                int status = mvc.perform(get(path).with(user(UUID.randomUUID().toString()).roles(role))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(role + " " + path).isEqualTo(404);
            }
        }
    }

    @Test
    void everyPageButThePublicOnesSendsStrangersToSignIn() throws Exception {
        for (String path : getPaths()) {
            String template = path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
            var response = mvc.perform(get(path)).andReturn().getResponse();
            if (PUBLIC.contains(template)) {
                assertThat(response.getRedirectedUrl()).as(path).isNotEqualTo("/sign-in");
            } else {
                assertThat(response.getStatus()).as(path).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(path).isEqualTo("/sign-in");
            }
        }
    }

    @Test
    void administrationPagesRefuseEveryoneButAdministrators() throws Exception {
        for (String path : getPaths()) {
            if (!path.startsWith("/admin")) {
                continue;
            }
            for (String role : List.of("CANDIDATE", "MENTOR", "ASSESSOR")) {
                int status = mvc.perform(get(path).with(user(UUID.randomUUID().toString()).roles(role))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(role + " " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void assessorsPagesAndFormsRefuseEveryoneButAssessors() throws Exception {
        List<String> gets = getPaths().stream().filter(p -> p.startsWith("/assessor/")).toList();
        List<String> posts = postPaths().stream().filter(p -> p.startsWith("/assessor/")).toList();
        assertThat(gets).contains("/assessor/conflicts");
        assertThat(posts).contains("/assessor/conflicts");
        for (String role : List.of("CANDIDATE", "MENTOR", "ADMINISTRATOR")) {
            for (String path : gets) {
                int status = mvc.perform(get(path).with(user(UUID.randomUUID().toString()).roles(role))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(role + " " + path).isEqualTo(403);
            }
            for (String path : posts) {
                int status = mvc.perform(post(path).with(csrf()).with(user(UUID.randomUUID().toString()).roles(role)))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as(role + " " + path).isEqualTo(403);
            }
        }
    }
}
