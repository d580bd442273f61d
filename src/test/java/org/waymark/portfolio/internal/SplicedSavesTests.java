package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.framework.WordCount;
import org.waymark.portfolio.EditorSplice;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.internal.SectionDraft.Part;
import org.waymark.support.WaymarkTest;

/**
 * An autosave that sends a splice of a long text (ADR 0017): it changes the stretch it names and nothing else, and
 * when the stored text is not the one it was made against, it writes nothing at all.
 */
@WaymarkTest
class SplicedSavesTests {

    @Autowired
    PortfolioService service;
    @Autowired
    Portfolios portfolios;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    UUID owner;
    UUID portfolio;
    UUID section;
    String description;
    int[] lengths;

    @BeforeEach
    void aSectionWithTextInEveryPart() {
        owner = people.createVerified("Sasha Splicer", UUID.randomUUID() + "@example.org", "a-long-password-1", Role.CANDIDATE).id();
        portfolio = portfolios.start(owner, "cmalt");
        section = service.sections(portfolio).getFirst().getId();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            text.append("<p>Paragraph ").append(i).append(" with <a href=\"https://example.org/").append(i).append("\">a link</a>.</p>");
        }
        description = text.toString();
        SaveOutcome first = service.save(owner, section, new SectionDraft("A title", description, "<p>Reflected</p>", "<p>Shown</p>",
                Set.of("A"), null), version(), SaveMode.AUTOSAVE);
        assertThat(((SaveOutcome.Saved) first).cuts()).as("only the long text is cut").containsOnlyKeys(Part.DESCRIPTION);
        lengths = lengths(first);
    }

    @Test
    void aSpliceChangesItsStretchAndLeavesEveryOtherFieldAsStored() {
        SectionContent before = service.sections(portfolio).getFirst().content();
        String wanted = description.replace("Paragraph 30 with", "Paragraph thirty, rewritten, with");
        SaveOutcome outcome = autosaveSplice(splice(description, wanted), version());

        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        SectionContent after = service.sections(portfolio).getFirst().content();
        assertThat(after.description()).isEqualTo(sanitised(wanted));
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.reflection()).isEqualTo(before.reflection());
        assertThat(after.evidence()).isEqualTo(before.evidence());
        assertThat(after.principles()).isEqualTo(before.principles());
        assertThat(jdbc.sql("SELECT description_words FROM portfolio_section WHERE id = ?").param(section).query(Integer.class).single())
                .as("counted as the whole new text").isEqualTo(WordCount.of(after.description()));

        String again = wanted.replace("Paragraph 59 with", "Paragraph 59, then 60, with");
        assertThat(autosaveSplice(splice(wanted, lengths(outcome), again), version())).as("the answer's cuts splice the next")
                .isInstanceOf(SaveOutcome.Saved.class);
        assertThat(storedDescription()).isEqualTo(BlockwiseSanitiser.sanitise(again).result().html());
    }

    @Test
    void aSpliceAgainstAnOlderVersionWritesNothing() {
        long opened = version();
        String otherTab = description.replace("Paragraph 2 ", "Paragraph two ");
        service.save(owner, section, new SectionDraft(null, otherTab, null, null, Set.of(), null, EnumSet.of(Part.DESCRIPTION)),
                opened, SaveMode.AUTOSAVE);
        long now = version();

        String mine = description.replace("Paragraph 50 ", "Paragraph fifty ");
        SaveOutcome outcome = autosaveSplice(splice(description, mine), opened);

        assertThat(outcome).isInstanceOf(SaveOutcome.SendWhole.class);
        assertThat(version()).as("nothing written").isEqualTo(now);
        assertThat(storedDescription()).isEqualTo(sanitised(otherTab));
    }

    @Test
    void aSpliceMadeAgainstAnotherTextWritesNothing() {
        long version = version();
        int[] otherCuts = lengths.clone();
        otherCuts[0] += 1;
        otherCuts[1] -= 1; // the same number of blocks, cut elsewhere
        SaveOutcome outcome = autosaveSplice(new TextSplice(0, 1, "<p>More.</p>", otherCuts.length + 1), version);

        assertThat(outcome).isInstanceOf(SaveOutcome.SendWhole.class);
        assertThat(version()).isEqualTo(version);
        assertThat(storedDescription()).isEqualTo(sanitised(description));
    }

    @Test
    void aSpliceThatMakesATextTooLongWritesNothing() {
        long version = version();
        String tooLong = description + "<p>" + "x".repeat(SectionDraft.LONGEST_TEXT) + "</p>";
        assertThat(autosaveSplice(splice(description, tooLong), version)).isInstanceOf(SaveOutcome.SendWhole.class);
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void onlyAnAutosaveIsSpliced() {
        long version = version();
        String wanted = description + "<p>Saved with the button.</p>";
        SectionDraft draft = new SectionDraft(null, null, null, null, Set.of(), null, EnumSet.of(Part.DESCRIPTION),
                Map.of(Part.DESCRIPTION, splice(description, wanted)));
        assertThat(service.save(owner, section, draft, version, SaveMode.SAVE)).isInstanceOf(SaveOutcome.SendWhole.class);
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void theNewBlocksAreSanitisedAndTheKeptOnesStayAsStored() {
        String wanted = description + "<p onclick=\"steal()\">Clicked.</p>";
        SaveOutcome outcome = autosaveSplice(splice(description, wanted), version());
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(((SaveOutcome.Saved) outcome).removed()).isNotEmpty();
        assertThat(storedDescription()).endsWith("<p>Clicked.</p>").doesNotContain("onclick")
                .isEqualTo(BlockwiseSanitiser.sanitise(wanted).result().html());
    }

    @Test
    void aSectionWrittenByOtherMeansHasNoCutsToSpliceAgainst() {
        service.save(owner, section, new SectionDraft(null, description, "<p>Reflected</p>", "<p>Shown</p>", Set.of("A"), null),
                version(), SaveMode.SAVE);
        UUID revision = service.revisionSummaries(section).getFirst().id();
        service.restore(owner, service.sections(portfolio).getFirst(), service.revision(section, revision).orElseThrow());
        String wanted = description + "<p>More.</p>";
        assertThat(autosaveSplice(splice(description, wanted), version())).isInstanceOf(SaveOutcome.SendWhole.class);
    }

    // ---- Helpers ----

    /** The splice the editor sends to turn the first saved description into {@code text}. */
    private TextSplice splice(String base, String text) {
        return splice(base, lengths, text);
    }

    private static TextSplice splice(String base, int[] lengths, String text) {
        EditorSplice sent = EditorSplice.of(base, lengths, text);
        return TextSplice.parse(sent.field(), sent.with());
    }

    private static int[] lengths(SaveOutcome saved) {
        return EditorSplice.lengths("description:" + ((SaveOutcome.Saved) saved).cuts().get(Part.DESCRIPTION), "description");
    }

    private SaveOutcome autosaveSplice(TextSplice splice, long expectedVersion) {
        SectionDraft draft = new SectionDraft(null, null, null, null, Set.of(), null, EnumSet.of(Part.DESCRIPTION),
                Map.of(Part.DESCRIPTION, splice));
        return service.save(owner, section, draft, expectedVersion, SaveMode.AUTOSAVE);
    }

    private static String sanitised(String text) {
        return BlockwiseSanitiser.sanitise(text).result().html();
    }

    private String storedDescription() {
        return jdbc.sql("SELECT description FROM portfolio_section WHERE id = ?").param(section).query(String.class).single();
    }

    private long version() {
        return jdbc.sql("SELECT version FROM portfolio_section WHERE id = ?").param(section).query(Long.class).single();
    }
}
