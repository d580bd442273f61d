package org.waymark.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.waymark.account.Role;
import org.waymark.portfolio.EditorSplice;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.support.WaymarkTest;

@WaymarkTest
class SectionEditingTests extends PortfolioTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvidenceLibrary evidence;

    UUID owner;
    UUID portfolio;
    UUID section;
    String url;

    @BeforeEach
    void setUp() {
        owner = person(Role.CANDIDATE);
        portfolio = portfolios.start(owner, "cmalt");
        section = sectionId(portfolio, "1a");
        url = "/portfolios/" + portfolio + "/sections/" + section;
    }

    MockHttpServletRequestBuilder save(String description, long version, String action) {
        return post(url).with(as(owner)).with(csrf()).param("description", description).param("reflection", "")
                .param("evidence", "").param("evidenceShown", "true").param("version", String.valueOf(version))
                .param("action", action);
    }

    @Test
    void saveWithoutJavaScriptStoresTheTextKeepsARevisionAndComesBack() throws Exception {
        mvc.perform(save("<p>I led the evaluation.</p>", version(section), "save"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url));
        assertThat(description(section)).isEqualTo("<p>I led the evaluation.</p>");
        assertThat(revisions(section)).isEqualTo(1);
        mvc.perform(get(url).with(as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("I led the evaluation.")));
    }

    @Test
    void plainTextFromATextAreaIsKeptAsParagraphs() throws Exception {
        mvc.perform(save("First paragraph.\n\nSecond one.", version(section), "save")).andExpect(status().is3xxRedirection());
        assertThat(description(section)).isEqualTo("<p>First paragraph.</p><p>Second one.</p>");
    }

    @Test
    void autosaveMovesTheWorkingCopyWithoutARevisionAndAnswersOnlyWithTheVersionAndStatus() throws Exception {
        long before = version(section);
        mvc.perform(save("<p>Draft</p>", before, "").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"section-version\"")))
                .andExpect(content().string(containsString("value=\"" + (before + 1) + "\"")))
                .andExpect(content().string(containsString("Saved at")))
                .andExpect(content().string(not(containsString("<textarea"))));
        assertThat(description(section)).isEqualTo("<p>Draft</p>");
        assertThat(revisions(section)).isZero();
    }

    @Test
    void anAutosaveOfOnePartLeavesEveryOtherPartExactlyAsStored() throws Exception {
        mvc.perform(post(url).with(as(owner)).with(csrf()).param("title", "Kept title").param("description", "<p>Old description</p>")
                        .param("reflection", "<p>My reflection, <em>kept</em></p>").param("evidence", "<p>My evidence</p>")
                        .param("principles", "explore").param("evidenceShown", "true")
                        .param("version", String.valueOf(version(section))).param("action", "save"))
                .andExpect(status().is3xxRedirection());
        String before = jdbc.sql("SELECT title || '|' || reflection || '|' || evidence || '|' || principles FROM portfolio_section WHERE id = ?")
                .param(section).query(String.class).single();

        long version = version(section);
        mvc.perform(post(url).with(as(owner)).with(csrf()).header("HX-Request", "true").param("parts", "description")
                        .param("description", "<p>New description</p>").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + (version + 1) + "\"")))
                .andExpect(content().string(containsString("Saved at")));

        assertThat(description(section)).isEqualTo("<p>New description</p>");
        assertThat(jdbc.sql("SELECT title || '|' || reflection || '|' || evidence || '|' || principles FROM portfolio_section WHERE id = ?")
                .param(section).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void aRequestHeaderNeverSetsAFormField() throws Exception {
        long before = version(section);
        mvc.perform(post(url).with(as(owner)).with(csrf()).header("HX-Request", "true").header("Action", "save")
                        .param("description", "<p>Draft</p>").param("version", String.valueOf(before)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saved at")))
                .andExpect(content().string(not(containsString("with a revision"))));
        assertThat(revisions(section)).as("an autosave, whatever the header said").isZero();
    }

    // ---- Splices (ADR 0017) ----

    static String longText(String word) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("<p>Paragraph ").append(i).append(' ').append(word).append(" with <a href=\"https://example.org/").append(i)
                    .append("\">a link</a>.</p>");
        }
        return text.toString();
    }

    @Test
    void anAutosaveSaysHowItCutEachLongText() throws Exception {
        String cuts = mvc.perform(save(longText("one"), version(section), "").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(SectionController.CUTS_HEADER);
        int[] lengths = EditorSplice.lengths(cuts, "description");
        assertThat(lengths).as("one block a paragraph").hasSize(40);
        assertThat(java.util.Arrays.stream(lengths).sum()).isEqualTo(longText("one").length());
        assertThat(cuts).as("short texts are sent whole").doesNotContain("reflection");
    }

    @Test
    void aSplicedAutosaveChangesItsBlocksOnly() throws Exception {
        String base = longText("one");
        String cuts = mvc.perform(save(base, version(section), "").header("HX-Request", "true").param("title", "Kept"))
                .andReturn().getResponse().getHeader(SectionController.CUTS_HEADER);
        String before = jdbc.sql("SELECT COALESCE(title, '') || '|' || reflection || '|' || evidence || '|' || principles FROM portfolio_section WHERE id = ?")
                .param(section).query(String.class).single();
        String wanted = base.replace("Paragraph 7 one", "Paragraph seven, changed,");
        EditorSplice splice = EditorSplice.of(base, EditorSplice.lengths(cuts, "description"), wanted);
        assertThat(splice.with()).as("one paragraph sent").startsWith("<p>Paragraph seven").hasSizeLessThan(120);
        long version = version(section);
        mvc.perform(post(url).with(as(owner)).with(csrf()).header("HX-Request", "true").param("version", String.valueOf(version))
                        .param("parts", "description").param("description", splice.with()).param("descriptionSplice", splice.field()))
                .andExpect(status().isOk())
                .andExpect(header().exists(SectionController.CUTS_HEADER))
                .andExpect(content().string(containsString("value=\"" + (version + 1) + "\"")));
        assertThat(description(section)).isEqualTo(org.waymark.portfolio.internal.RichText.sanitise(wanted).html());
        assertThat(jdbc.sql("SELECT COALESCE(title, '') || '|' || reflection || '|' || evidence || '|' || principles FROM portfolio_section WHERE id = ?")
                .param(section).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void aSpliceThatDoesNotFitTheStoredTextAsksForTheWholeTextAndWritesNothing() throws Exception {
        mvc.perform(save(longText("one"), version(section), "").header("HX-Request", "true")).andExpect(status().isOk());
        long version = version(section);
        String stored = description(section);
        for (String splice : new String[] {"3,4,41", "4,3,40", "3,4", "not,a,splice", ""}) {
            mvc.perform(post(url).with(as(owner)).with(csrf()).header("HX-Request", "true").param("version", String.valueOf(version))
                            .param("parts", "description").param("description", "<p>New</p>").param("descriptionSplice", splice))
                    .andExpect(status().isOk())
                    .andExpect(header().string("HX-Trigger", "waymark:send-whole"))
                    .andExpect(content().string(""));
        }
        mvc.perform(post(url).with(as(owner)).with(csrf()).header("HX-Request", "true").param("version", String.valueOf(version - 1))
                        .param("parts", "description").param("description", "<p>New</p>").param("descriptionSplice", "3,4,40"))
                .andExpect(header().string("HX-Trigger", "waymark:send-whole"));
        assertThat(version(section)).isEqualTo(version);
        assertThat(description(section)).as("the new blocks are never taken for the text").isEqualTo(stored);
    }

    @Test
    void aSpliceInAFormPostedWithoutJavaScriptIsRefused() throws Exception {
        long version = version(section);
        mvc.perform(save("<p>New</p>", version, "save").param("descriptionSplice", "0,0,0")).andExpect(status().isBadRequest());
        assertThat(version(section)).isEqualTo(version);
    }

    @Test
    void aStaleAutosaveOfOnePartIsAConflictAndChangesNothing() throws Exception {
        long opened = version(section);
        mvc.perform(save("<p>Tab A</p>", opened, "").header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(post(url).with(as(owner)).with(csrf()).header("HX-Request", "true").param("parts", "reflection")
                        .param("reflection", "<p>Tab B reflection</p>").param("version", String.valueOf(opened)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "waymark:conflict"));
        assertThat(description(section)).isEqualTo("<p>Tab A</p>");
        assertThat(jdbc.sql("SELECT reflection FROM portfolio_section WHERE id = ?").param(section).query(String.class).single())
                .isEmpty();
    }

    @Test
    void anAutosaveOfTheEvidenceLinksAloneLeavesTheTextAsStored() throws Exception {
        mvc.perform(save("<p>Written before</p>", version(section), "save")).andExpect(status().is3xxRedirection());
        mvc.perform(post(url).with(as(owner)).with(csrf()).header("HX-Request", "true").param("parts", "evidenceIds")
                        .param("evidenceShown", "true").param("version", String.valueOf(version(section))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saved at")));
        assertThat(description(section)).isEqualTo("<p>Written before</p>");
    }

    @Test
    void withoutJavaScriptTheNamedPartsAreIgnoredAndTheWholeFormIsSaved() throws Exception {
        mvc.perform(save("<p>Whole</p>", version(section), "save").param("parts", "reflection"))
                .andExpect(status().is3xxRedirection());
        assertThat(description(section)).isEqualTo("<p>Whole</p>");
    }

    @Test
    void aStaleSaveFromASecondTabIsNotAppliedAndShowsBothTexts() throws Exception {
        long opened = version(section);
        mvc.perform(save("<p>Tab A text</p>", opened, "save")).andExpect(status().is3xxRedirection());
        mvc.perform(save("<p>Tab B text</p>", opened, "save"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("This section was changed somewhere else")))
                .andExpect(content().string(containsString("Tab A text")))
                .andExpect(content().string(containsString("Tab B text")))
                .andExpect(content().string(containsString("Keep mine")))
                .andExpect(content().string(containsString("Take theirs")));
        assertThat(description(section)).isEqualTo("<p>Tab A text</p>");
    }

    @Test
    void aStaleAutosaveGetsTheConflictPanelAndATriggerThatStopsAutosave() throws Exception {
        long opened = version(section);
        mvc.perform(save("<p>Tab A</p>", opened, "").header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(save("<p>Tab B</p>", opened, "").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "waymark:conflict"))
                .andExpect(content().string(containsString("conflict-panel")));
        assertThat(description(section)).isEqualTo("<p>Tab A</p>");
    }

    @Test
    void keepMineOverwritesAndKeepsTheirTextAsARevision() throws Exception {
        long opened = version(section);
        mvc.perform(save("<p>Theirs</p>", opened, "save"));
        long theirs = version(section);
        mvc.perform(save("<p>Mine</p>", opened, "keep-mine").param("theirsVersion", String.valueOf(theirs)))
                .andExpect(status().is3xxRedirection());
        assertThat(description(section)).isEqualTo("<p>Mine</p>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM section_revision WHERE section_id = ? AND kind = 'CONFLICT_LOST' AND description = '<p>Theirs</p>'")
                .param(section).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void takeTheirsLeavesTheSectionAndKeepsMyTextAsARevision() throws Exception {
        long opened = version(section);
        mvc.perform(save("<p>Theirs</p>", opened, "save"));
        mvc.perform(save("<p>Mine</p>", opened, "take-theirs")).andExpect(status().is3xxRedirection());
        assertThat(description(section)).isEqualTo("<p>Theirs</p>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM section_revision WHERE section_id = ? AND kind = 'CONFLICT_LOST' AND description = '<p>Mine</p>'")
                .param(section).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void twoTabsOnDifferentSectionsNeverConflict() throws Exception {
        UUID other = sectionId(portfolio, "1b");
        long a = version(section);
        long b = version(other);
        mvc.perform(save("<p>A</p>", a, "save")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/portfolios/" + portfolio + "/sections/" + other).with(as(owner)).with(csrf())
                .param("description", "<p>B</p>").param("version", String.valueOf(b)).param("action", "save"))
                .andExpect(status().is3xxRedirection());
        assertThat(description(section)).isEqualTo("<p>A</p>");
        assertThat(description(other)).isEqualTo("<p>B</p>");
    }

    @Test
    void restoringARevisionKeepsTheCurrentTextFirst() throws Exception {
        mvc.perform(save("<p>First</p>", version(section), "save"));
        UUID first = jdbc.sql("SELECT id FROM section_revision WHERE section_id = ?").param(section).query(UUID.class).single();
        mvc.perform(save("<p>Autosaved later</p>", version(section), "").header("HX-Request", "true"));
        mvc.perform(post(url + "/revisions/" + first + "/restore").with(as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(description(section)).isEqualTo("<p>First</p>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM section_revision WHERE section_id = ? AND kind = 'WORKING_COPY' AND description = '<p>Autosaved later</p>'")
                .param(section).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get(url + "/revisions/" + first).with(as(owner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("First")));
    }

    @Test
    void theSanitiserSaysWhatItRemoved() throws Exception {
        mvc.perform(save("<p>Hello</p><script>alert(1)</script>", version(section), "").header("HX-Request", "true"))
                .andExpect(content().string(containsString("Some content could not be kept and was removed")))
                .andExpect(content().string(containsString("a script")));
        assertThat(description(section)).isEqualTo("<p>Hello</p>");
    }

    @Test
    void aTitleThatIsTooLongIsRefusedNextToTheFieldAndTheTextIsKept() throws Exception {
        UUID specialist = sectionId(portfolio, "specialist");
        mvc.perform(post("/portfolios/" + portfolio + "/sections/" + specialist).with(as(owner)).with(csrf())
                        .param("title", "x".repeat(201)).param("description", "<p>Keep this text</p>")
                        .param("version", String.valueOf(version(specialist))).param("action", "save"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Keep the title under 200 characters")))
                .andExpect(content().string(containsString("Keep this text")));
    }

    @Test
    void aPostFromAnExpiredSessionShowsTheTypedTextBack() throws Exception {
        // The CSRF check fails first (the token lived in the ended session) and the request is forwarded, with
        // its parameters, to the page that shows the text back.
        mvc.perform(post(url).param("description", "Words I must not lose").param("version", "0").param("action", "save"))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("/session/expired"));
        String page = mvc.perform(post("/session/expired").with(csrf()).param("description", "Words I must not lose").param("version", "41"))
                .andExpect(content().string(containsString("Your session ended before this was saved")))
                .andReturn().getResponse().getContentAsString();
        // The typed text comes back in its own field, and the form's bookkeeping (the version) in none. Asserted on
        // the fields themselves: the page also carries a random CSRF token, which may contain any digits.
        assertThat(fields(page)).containsExactly(java.util.Map.entry("Description", "Words I must not lose"));
        assertThat(description(section)).isEmpty();
    }

    /** The label and the text of each read-only field on the "session ended" page. */
    private static java.util.Map<String, String> fields(String html) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher field = java.util.regex.Pattern.compile(
                "<label for=\"(typed-\\d+)\">([^<]*)</label>\\s*<textarea id=\"\\1\"[^>]*>([^<]*)</textarea>").matcher(html);
        while (field.find()) {
            fields.put(field.group(2), field.group(3).strip());
        }
        return fields;
    }

    @Test
    void evidenceOfAnotherPortfolioIsNeverLinkedToASection() throws Exception {
        UUID otherOwner = person(Role.CANDIDATE);
        UUID otherPortfolio = portfolios.start(otherOwner, "cmalt");
        EvidenceDetails details = new EvidenceDetails("Their report", null, null, true);
        UUID theirs = evidence.addLink(otherPortfolio, otherOwner, "https://example.org/their-report", details).id();
        UUID mine = evidence.addLink(portfolio, owner, "https://example.org/my-report", details).id();

        mvc.perform(save("<p>Linking evidence</p>", version(section), "save")
                        .param("evidenceIds", theirs.toString()).param("evidenceIds", mine.toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT evidence_id FROM section_evidence WHERE section_id = ?").param(section)
                .query(UUID.class).list()).containsExactly(mine);
    }

    @Test
    void anAutosaveFromAnExpiredSessionGets401SoThePageKeepsTheText() throws Exception {
        mvc.perform(post(url).header("HX-Request", "true").param("description", "typed").param("version", "0"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void specialistAreasCanBeAddedUpToTheMaximumAndRemovedDownToTheMinimum() throws Exception {
        UUID senior = portfolios.start(owner, "senior");
        mvc.perform(post("/portfolios/" + senior + "/areas").with(as(owner)).with(csrf()).param("key", "specialist"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT label FROM portfolio_section WHERE portfolio_id = ? AND section_key = 'specialist' ORDER BY position")
                .param(senior).query(String.class).list()).containsExactly("5a", "5b", "5c");
        UUID fiveA = sectionId(senior, "specialist");
        mvc.perform(get("/portfolios/" + senior + "/sections/" + fiveA + "/delete").with(as(owner)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Remove this area")));
        mvc.perform(post("/portfolios/" + senior + "/sections/" + fiveA + "/delete").with(as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT label FROM portfolio_section WHERE portfolio_id = ? AND section_key = 'specialist' ORDER BY position")
                .param(senior).query(String.class).list()).containsExactly("5a", "5b");
        UUID next = sectionId(senior, "specialist");
        mvc.perform(post("/portfolios/" + senior + "/sections/" + next + "/delete").with(as(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(sectionIds(senior)).hasSize(13);
    }
}
