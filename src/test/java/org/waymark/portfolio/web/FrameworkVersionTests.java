package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.account.Role;
import org.waymark.support.WaymarkTest;

/** A new framework version is used for new portfolios and never changes one started on an older version. */
@WaymarkTest(properties = {
        "waymark.framework.file=classpath:framework-next/cmalt-2099.1.yml",
        "waymark.framework.installed=classpath*:framework/*.yml"})
class FrameworkVersionTests extends PortfolioTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    Permissions permissions;

    @Test
    void anExistingPortfolioKeepsItsVersionWhileNewOnesTakeTheNewOne() throws Exception {
        UUID me = person(Role.CANDIDATE);
        UUID older = UUID.randomUUID();
        jdbc.sql("INSERT INTO portfolio (id, owner_id, pathway, framework_version, created_at, version) VALUES (?, ?, 'cmalt', '2026.1', ?, 0)")
                .params(older, me, Timestamp.from(Instant.now())).update();
        permissions.grant(me, Relation.OWNER, "portfolio", older);

        UUID newer = portfolios.start(me, "cmalt");
        assertThat(portfolios.overview(newer).orElseThrow().frameworkVersion()).isEqualTo("2099.1");
        assertThat(sectionIds(newer)).hasSize(12);

        mvc.perform(get("/portfolios/" + newer).with(as(me))).andExpect(content().string(containsString("a section added in 2099.1")));
        mvc.perform(get("/portfolios/" + older).with(as(me)))
                .andExpect(content().string(containsString(">2026.1<")))
                .andExpect(content().string(not(containsString("a section added in 2099.1"))));
    }

    @Test
    void howLongPracticeStaysCurrentComesFromTheFrameworkFile() throws Exception {
        UUID me = person(Role.CANDIDATE);
        UUID portfolio = portfolios.start(me, "associate");
        mvc.perform(get("/portfolios/" + portfolio + "/progress").with(as(me)))
                .andExpect(content().string(containsString("(from the last 2 years)")));
    }
}
