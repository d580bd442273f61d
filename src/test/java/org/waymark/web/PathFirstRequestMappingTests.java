package org.waymark.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

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
    void askingTheFirstSegmentFirstChangesNoAnswerForAnyMappingOfTheApplication() {
        PathFirstRequestMapping.PathFirst pathFirst = (PathFirstRequestMapping.PathFirst) mapping;
        var infos = mapping.getHandlerMethods().keySet();
        List<String> paths = new ArrayList<>(List.of("/", "/no-such-page", "/portfolios", "/portfolios/", "/Portfolios/1",
                "/portfolios;x=1/1", "/portf%6Flios/1"));
        for (RequestMappingInfo info : infos) {
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                paths.add(pattern.replaceAll("\\{[^}]*}", "00000000-0000-0000-0000-000000000001").replace("**", "a/b")
                        .replace("*", "a"));
            }
        }
        assertThat(infos).hasSizeGreaterThan(100).allSatisfy(info -> assertThat(pathFirst.firstSegmentsOf(info)).isNotNull());
        assertThat(infos.stream().filter(info -> !pathFirst.firstSegmentsOf(info).isEmpty()).count())
                .as("mappings skipped by their first segment alone").isGreaterThan(infos.size() / 2);
        int matched = 0;
        for (String path : paths) {
            for (String method : List.of("GET", "POST")) {
                for (RequestMappingInfo info : infos) {
                    RequestMappingInfo asked = pathFirst.getMatchingMappingFor(path, info, request(method, path));
                    assertThat(asked).as("%s %s against %s", method, path, info)
                            .isEqualTo(pathFirst.getMatchingMapping(info, request(method, path)));
                    matched += asked == null ? 0 : 1;
                }
            }
        }
        assertThat(matched).as("some pairs match, so the comparison is not of nulls only").isGreaterThan(infos.size() / 2);
    }

    @Test
    void aMappingIsSkippedOnlyWhenNoneOfItsPatternsCanMatchTheFirstSegment() {
        assertThat(PathFirstRequestMapping.PathFirst.firstSegment("/portfolios/1/sections")).isEqualTo("portfolios");
        assertThat(PathFirstRequestMapping.PathFirst.firstSegment("/")).isEmpty();
        assertThat(PathFirstRequestMapping.PathFirst.firstSegment("/a%2Fb/c")).as("decoded by a pattern: ask them all").isNull();
        assertThat(PathFirstRequestMapping.PathFirst.firstSegment("/a;b=c/d")).as("stripped by a pattern").isNull();
        assertThat(PathFirstRequestMapping.PathFirst.literalFirstSegments(RequestMappingInfo.paths("/admin/x", "/assessment/{id}").build()))
                .containsExactlyInAnyOrder("admin", "assessment");
        assertThat(PathFirstRequestMapping.PathFirst.literalFirstSegments(RequestMappingInfo.paths("/admin", "/{page}").build()))
                .as("a variable first segment matches anything").isEmpty();
        assertThat(PathFirstRequestMapping.PathFirst.literalFirstSegments(RequestMappingInfo.paths("/**").build())).isEmpty();
        assertThat(PathFirstRequestMapping.PathFirst.literalFirstSegments(RequestMappingInfo.paths("/").build())).isEmpty();
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
