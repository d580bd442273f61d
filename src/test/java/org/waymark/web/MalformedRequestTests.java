package org.waymark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.support.WaymarkTest;

/**
 * Values no page of Waymark would send are refused with a 400 page, never a 500. The forms are found from the
 * application's own mappings, so a new form is covered the day it is added.
 */
@WaymarkTest(properties = "waymark.evidence.storage-path=target/test-evidence/${random.uuid}")
class MalformedRequestTests {

    /** What a scanner, a tampered page or a stray paste sends. */
    static final List<String> GARBAGE = List.of("2abc", "true'\"(", "", "-99999999999999999999999", "\u0000", "../%2e%2e/<x>");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    People people;
    @Autowired
    Portfolios portfolios;
    @Autowired
    EvidenceLibrary evidence;
    @Autowired
    JdbcClient jdbc;

    UUID owner;
    UUID other;
    UUID portfolio;
    UUID section;
    UUID area;
    UUID item;

    @BeforeEach
    void ownerWithAPortfolio() {
        owner = people.createVerified("Owner", UUID.randomUUID() + "@example.org", "a-long-password-1",
                Role.CANDIDATE, Role.ADMINISTRATOR).id();
        other = people.createVerified("Other", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE).id();
        portfolio = portfolios.start(owner, "cmalt");
        section = sectionWithKey("1a");
        area = sectionWithKey("specialist");
        item = evidence.addFile(portfolio, owner, "notes.txt", 5, new ByteArrayResource("notes".getBytes()),
                new EvidenceDetails("Notes", null, null, true)).id();
    }

    private UUID sectionWithKey(String key) {
        return jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = ? ORDER BY position")
                .params(portfolio, key).query(UUID.class).list().getFirst();
    }

    private RequestPostProcessor signedIn() {
        return user(owner.toString()).roles("CANDIDATE", "ADMINISTRATOR");
    }

    @Test
    void aSectionSaveWithAVersionThatIsNotANumberIsABadRequest() throws Exception {
        var response = send(post("/portfolios/" + portfolio + "/sections/" + section).param("version", "2abc")
                .param("description", "<p>Kept?</p>"));
        assertBadRequestPage(response);
    }

    @Test
    void anAreaKeyThatIsOnNoListIsABadRequest() throws Exception {
        assertBadRequestPage(send(post("/portfolios/" + portfolio + "/areas").param("key", "specialist'\"(")));
    }

    @Test
    void aDeclarationThatIsNeitherTrueNorFalseIsABadRequest() throws Exception {
        assertBadRequestPage(send(post("/portfolios/" + portfolio + "/confirmation").param("declared", "true'\"(")));
    }

    @Test
    void everyFormAnswersGarbageInEveryFieldWithoutAServerError() throws Exception {
        List<Form> forms = forms();
        assertThat(forms).extracting(Form::path).contains("/portfolios/" + portfolio + "/confirmation",
                "/portfolios/" + portfolio + "/evidence", "/account/profile", "/sign-up");
        List<String> failures = new ArrayList<>();
        for (Form form : forms) {
            for (String value : GARBAGE) {
                check(form, form.parameters(), value, failures);
                for (String parameter : form.parameters()) {
                    check(form, Set.of(parameter), value, failures);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private void check(Form form, Set<String> parameters, String value, List<String> failures) throws Exception {
        MockHttpServletRequestBuilder request = post(form.path());
        parameters.forEach(parameter -> request.param(parameter, value));
        MockHttpServletResponse response = send(request);
        String sent = "POST " + form.path() + " with " + parameters + " = \"" + value + "\"";
        if (response.getStatus() >= 500) {
            failures.add(response.getStatus() + " for " + sent);
        }
        String problem = ErrorSummaryTests.problemWithSummary(response.getContentAsString());
        if (problem != null) {
            failures.add(problem + " for " + sent);
        }
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(signedIn()).with(csrf())).andReturn().getResponse();
    }

    private static void assertBadRequestPage(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(response.getContentAsString()).contains("<title>Bad request - Waymark</title>", "nothing was changed");
    }

    record Form(String path, Set<String> parameters) {
    }

    /** Every POST mapping with the ids of real objects in its path, the ones that delete things last. */
    private List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                for (String pattern : info.getPatternValues()) {
                    forms.add(new Form(withIds(pattern), parameters(method)));
                }
            }
        });
        forms.sort(Comparator.comparing(form -> form.path().matches(".*/(delete|deactivate)$")));
        return forms;
    }

    private String withIds(String pattern) {
        String path = pattern.replace("{portfolioId}", portfolio.toString());
        if (path.startsWith("/admin/people/")) {
            return path.replace("{id}", other.toString());
        }
        if (path.contains("/evidence/")) {
            path = path.replace("{id}", item.toString());
        }
        if (path.endsWith("{sectionId}/delete")) {
            path = path.replace("{sectionId}", area.toString());
        }
        return path.replace("{id}", portfolio.toString()).replace("{sectionId}", section.toString())
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    /** Request parameters and the fields of form objects the handler binds. */
    private static Set<String> parameters(HandlerMethod method) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                if (!parameter.getParameterType().getName().contains("MultipartFile")) {
                    names.add(name);
                }
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) && parameter.getParameterType().isRecord()) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }
}
