package org.waymark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.waymark.support.WaymarkTest;

/** The request mapping asks a mapping's path first; what matches, and what a wrong method gets, is as before. */
@WaymarkTest
class PathFirstRequestMappingTests {

    @Autowired
    RequestMappingHandlerMapping mapping;
    @Autowired
    MockMvc mvc;

    @Test
    void theApplicationMapsRequestsPathFirst() {
        assertThat(mapping).isInstanceOf(PathFirstRequestMapping.PathFirst.class);
        PathFirstRequestMapping.PathFirst pathFirst = (PathFirstRequestMapping.PathFirst) mapping;
        RequestMappingInfo sections = RequestMappingInfo.paths("/portfolios/{id}/sections/{sectionId}")
                .methods(org.springframework.web.bind.annotation.RequestMethod.POST).build();

        assertThat(pathFirst.getMatchingMapping(sections, request("POST", "/portfolios/1/sections/2"))).isNotNull();
        assertThat(pathFirst.getMatchingMapping(sections, request("GET", "/portfolios/1/sections/2"))).as("wrong method").isNull();
        assertThat(pathFirst.getMatchingMapping(sections, request("POST", "/portfolios/1/revisions/2"))).as("wrong path").isNull();
    }

    @Test
    void aWrongMethodOnAPathWithVariablesIsStillMethodNotAllowed() throws Exception {
        mvc.perform(put("/portfolios/00000000-0000-0000-0000-000000000001/sections/00000000-0000-0000-0000-000000000002")
                        .with(user("00000000-0000-0000-0000-000000000003").roles("CANDIDATE")).with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(get("/no-such-page").with(user("00000000-0000-0000-0000-000000000003").roles("CANDIDATE")))
                .andExpect(status().isNotFound());
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }
}
