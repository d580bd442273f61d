package org.waymark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
 * Walks every GET endpoint the application has, so that a new page can never be public or reachable by
 * the wrong role by accident: only the listed pages answer anyone; /admin answers only administrators.
 */
@WaymarkTest
class EndpointProtectionTests {

    static final Set<String> PUBLIC = Set.of("/", "/sign-in", "/sign-up", "/verify-email", "/forgot-password",
            "/reset-password", "/session/csrf", "/session/expired", "/demo/mailbox", "/accessibility", "/error");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    List<String> getPaths() {
        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                for (String pattern : info.getPatternValues()) {
                    paths.add(pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
                }
            }
        });
        assertThat(paths).hasSizeGreaterThan(20);
        return paths;
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
}
