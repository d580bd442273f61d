package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.portfolio.EditorSplice;
import org.waymark.support.SqlStatementCounter;
import org.waymark.support.WaymarkTest;

/**
 * What one autosave costs the database, counted statement by statement with a real signed-in session (so the
 * session's own reads and writes count too). Five hundred candidates autosaving every two seconds make every
 * statement here count 250 times a second: a new one should be a decision, not an accident.
 */
@WaymarkTest
@Import(SqlStatementCounter.Configuration.class)
class AutosaveStatementsTests extends PortfolioTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    SqlStatementCounter sql;

    String email;
    Cookie session;
    String url;
    UUID section;

    @BeforeEach
    void signInAndOpenASection() throws Exception {
        email = UUID.randomUUID() + "@example.org";
        UUID owner = people.createVerified("Counted Candidate", email, "a-long-password-1", org.waymark.account.Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(owner, "cmalt");
        section = sectionId(portfolio, "1a");
        url = "/portfolios/" + portfolio + "/sections/" + section;
        session = mvc.perform(formLogin("/sign-in").user("email", email).password("password", "a-long-password-1"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("signed in with a session").isNotNull();
        // A first save, so the section has text and its automatic revision (the first save after a break) is kept:
        // the counted saves below are the ordinary ones of someone writing.
        mvc.perform(post(url).cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("description", "<p>First words</p>").param("reflection", "<p>Thinking</p>").param("evidence", "")
                        .param("evidenceShown", "true").param("version", String.valueOf(version(section))))
                .andExpect(status().isOk());
        mvc.perform(post(url).cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("description", "<p>First words again</p>").param("reflection", "<p>Thinking</p>").param("evidence", "")
                        .param("evidenceShown", "true").param("version", String.valueOf(version(section))))
                .andExpect(status().isOk());
    }

    @Test
    void anAutosaveOfTheWholeFormTakesAFixedNumberOfStatements() throws Exception {
        long version = version(section);
        sql.reset();
        mvc.perform(post(url).cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("description", "<p>First words and more</p>").param("reflection", "<p>Thinking</p>")
                        .param("evidence", "").param("evidenceShown", "true").param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saved at")));
        // The session read, the person's current roles, the section with its portfolio (and the access grant that allows
        // the edit: Permissions.condition; its newest revision's time and how many evidence links it has: PortfolioRows),
        // the update, and the evidence links themselves, since a whole form carries the evidence checkboxes to compare
        // with them. Not the session's last-access update nor Spring Session's re-read of the session after it commits
        // (QuietSessionRepository), not a read of the portfolio or the section of its own.
        assertThat(sql.statements()).as("statements of one autosave").hasSize(5)
                .noneMatch(statement -> statement.toUpperCase().startsWith("UPDATE SPRING_SESSION"))
                .noneMatch(statement -> statement.toUpperCase().startsWith("SELECT RELATION FROM ACCESS_GRANT"))
                .filteredOn(statement -> statement.toUpperCase().contains("SPRING_SESSION")).hasSize(1);
    }

    @Test
    void anAutosaveOfOnePartTakesNoMoreStatementsThanTheWholeForm() throws Exception {
        long version = version(section);
        sql.reset();
        autosaveTheDescription("<p>Only the description</p>", version);
        // As above without the evidence links: what the editor sends when the writer changed only the description.
        assertThat(sql.statements()).as("statements of one autosave").hasSize(4)
                .noneMatch(statement -> statement.toUpperCase().startsWith("SELECT EVIDENCE_ID"))
                .filteredOn(statement -> statement.toUpperCase().contains("FROM PORTFOLIO P")).isEmpty();
        // No COMMIT of its own: the session is read in no transaction of its own (SessionTransactions), the other reads
        // are single statements in autocommit, and so is the update when it is all the save writes.
        assertThat(sql.commits()).as("commits of one autosave").isZero();
    }

    @Test
    void anAutosaveThatKeepsARevisionWritesItAndTheUpdateInOneTransaction() throws Exception {
        jdbc.sql("DELETE FROM section_revision WHERE section_id = ?").param(section).update(); // as after a long break
        long version = version(section);
        sql.reset();
        autosaveTheDescription("<p>Back after a break</p>", version);
        assertThat(revisions(section)).as("the text before the save, kept automatically").isEqualTo(1);
        assertThat(sql.commits()).as("the revision, the update and the event's publication committed together").isEqualTo(1);
        assertThat(version(section)).isEqualTo(version + 1);
    }

    /** What the editor sends when the writer changed only the description, and that it was saved. */
    private void autosaveTheDescription(String description, long version) throws Exception {
        mvc.perform(post(url).cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("parts", "description").param("description", description).param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saved at")));
    }

    @Test
    void aSplicedAutosaveTakesNoMoreStatementsThanOnePart() throws Exception {
        String base = SectionEditingTests.longText("counted");
        String cuts = mvc.perform(post(url).cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("parts", "description").param("description", base).param("version", String.valueOf(version(section))))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(SectionController.CUTS_HEADER);
        String wanted = base.replace("Paragraph 12 counted", "Paragraph twelve, counted again,");
        EditorSplice splice = EditorSplice.of(base, EditorSplice.lengths(cuts, "description"), wanted);
        long version = version(section);
        sql.reset();
        mvc.perform(post(url).cookie(session).with(csrf()).header("HX-Request", "true")
                        .param("parts", "description").param("description", splice.with()).param("descriptionSplice", splice.field())
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saved at")));
        // The splice is applied to the section the save reads anyway (its cuts come in the same row): no statement more.
        assertThat(sql.statements()).as("statements of one autosave").hasSize(4);
        assertThat(version(section)).isEqualTo(version + 1);
    }
}
