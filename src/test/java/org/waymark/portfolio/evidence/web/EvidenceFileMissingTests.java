package org.waymark.portfolio.evidence.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.support.WaymarkTest;

/** A file the database knows but this node's store does not have (a node without the shared folder). */
@WaymarkTest
class EvidenceFileMissingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFileMissingFromTheStoreGetsAClearPageNotAServerError() throws Exception {
        UUID owner = UUID.randomUUID();
        UUID portfolio = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO portfolio (id, owner_id, pathway, framework_version, created_at, version) VALUES (?, ?, 'CMALT', '2026.1', ?, 0)")
                .params(portfolio, owner, now).update();
        jdbc.sql("INSERT INTO access_grant (id, person_id, object_type, object_id, relation, granted_at) VALUES (?, ?, 'portfolio', ?, 'OWNER', ?)")
                .params(UUID.randomUUID(), owner, portfolio, now).update();
        jdbc.sql("INSERT INTO evidence_item (id, portfolio_id, kind, title, storage_key, file_name, content_type, size_bytes, "
                        + "permission_confirmed, created_at, version) VALUES (?, ?, 'FILE', 'Workshop slides', ?, 'slides.pdf', 'application/pdf', 10, TRUE, ?, 0)")
                .params(item, portfolio, UUID.randomUUID().toString(), now).update();

        mvc.perform(get("/portfolios/" + portfolio + "/evidence/" + item + "/file").with(user(owner.toString()).roles("CANDIDATE")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("<title>File not available - Waymark</title>")))
                .andExpect(content().string(containsString("slides.pdf")))
                .andExpect(content().string(containsString("Nothing has been deleted")));
    }
}
