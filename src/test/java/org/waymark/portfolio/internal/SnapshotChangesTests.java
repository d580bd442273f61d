package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.waymark.portfolio.PortfolioChanges.FragmentKind.DELETED;
import static org.waymark.portfolio.PortfolioChanges.FragmentKind.INSERTED;
import static org.waymark.portfolio.PortfolioChanges.FragmentKind.SAME;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.waymark.portfolio.PortfolioChanges;
import org.waymark.portfolio.PortfolioChanges.EvidenceChange;
import org.waymark.portfolio.PortfolioChanges.Fragment;
import org.waymark.portfolio.PortfolioChanges.SectionKind;
import org.waymark.portfolio.PortfolioSnapshot;
import org.waymark.portfolio.SnapshotView;

/** The word-level changes between two snapshots, checked by hand against small texts. */
class SnapshotChangesTests {

    @Test
    void aChangedWordIsOneDeletionAndOneInsertionBetweenTheSameWords() {
        assertThat(SnapshotChanges.diff("I built a quiz in Moodle.", "I built a survey in Moodle."))
                .containsExactly(new Fragment(SAME, "I built a "), new Fragment(DELETED, "quiz"),
                        new Fragment(INSERTED, "survey"), new Fragment(SAME, " in Moodle."));
    }

    @Test
    void wordsAddedAtTheEndAndPunctuationAreTheirOwnTokens() {
        assertThat(SnapshotChanges.diff("It worked.", "It worked, mostly."))
                .as("the full stop is kept, the new words go in before it")
                .containsExactly(new Fragment(SAME, "It worked"), new Fragment(INSERTED, ", mostly"), new Fragment(SAME, "."));
        assertThat(SnapshotChanges.tokens("Don’t stop, 2 ways")).containsExactly("Don’t", " ", "stop", ",", " ", "2", " ", "ways");
    }

    @Test
    void identicalTextIsOneSameFragmentAndEmptyTextNone() {
        assertThat(SnapshotChanges.diff("Same words.", "Same words.")).containsExactly(new Fragment(SAME, "Same words."));
        assertThat(SnapshotChanges.diff("", "")).isEmpty();
        assertThat(SnapshotChanges.diff("", "New")).containsExactly(new Fragment(INSERTED, "New"));
    }

    @Test
    void richTextIsReadAsTextOneLinePerParagraphWithTagsAndEntitiesGone() {
        assertThat(SnapshotChanges.readable("<p>First <strong>bold</strong>&nbsp;point.</p><ul><li>One</li><li>Two&amp;three</li></ul>"))
                .isEqualTo("First bold point.\nOne\nTwo&three");
        assertThat(SnapshotChanges.readable(null)).isEmpty();
        // Markup alone changing (bold added) is no change to the words.
        assertThat(SnapshotChanges.field("Description", "<p>I built a quiz.</p>", "<p>I built a <em>quiz</em>.</p>").changed())
                .isFalse();
    }

    @Test
    void sectionsAreMatchedByIdAndMarkedUnchangedChangedAddedOrRemovedWithTheirEvidenceItems() {
        UUID kept = UUID.randomUUID();
        UUID edited = UUID.randomUUID();
        UUID dropped = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        PortfolioSnapshot.Evidence screenshot = evidence("Quiz screenshot");
        PortfolioSnapshot.Evidence survey = evidence("Survey results");
        SnapshotView before = view(List.of(
                section(kept, "1a Constraints", "<p>Same.</p>", "<p>Same reflection.</p>", List.of()),
                section(edited, "1b Technical knowledge", "<p>I built a quiz.</p>", "<p>It went well.</p>", List.of(screenshot)),
                section(dropped, "6 Advanced area: Old", "<p>Gone now.</p>", null, List.of())));
        SnapshotView after = view(List.of(
                section(kept, "1a Constraints", "<p>Same.</p>", "<p>Same reflection.</p>", List.of()),
                section(edited, "1b Technical knowledge", "<p>I built a quiz.</p>", "<p>It went very well.</p>", List.of(survey)),
                section(added, "6 Advanced area: New", "<p>Fresh.</p>", null, List.of())));

        PortfolioChanges changes = SnapshotChanges.between(before, after);

        assertThat(changes.sections()).extracting(PortfolioChanges.SectionChange::heading, PortfolioChanges.SectionChange::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1a Constraints", SectionKind.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("1b Technical knowledge", SectionKind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("6 Advanced area: New", SectionKind.ADDED),
                        org.assertj.core.groups.Tuple.tuple("6 Advanced area: Old", SectionKind.REMOVED));
        assertThat(changes.changedSections()).isEqualTo(3);
        PortfolioChanges.SectionChange technical = changes.sections().get(1);
        assertThat(technical.fields().get(0).changed()).as("description").isFalse();
        assertThat(technical.fields().get(1).fragments()).containsExactly(new Fragment(SAME, "It went "),
                new Fragment(INSERTED, "very "), new Fragment(SAME, "well."));
        assertThat(technical.evidence()).containsExactly(new EvidenceChange("Survey results", true),
                new EvidenceChange("Quiz screenshot", false));
        assertThat(changes.sections().get(2).fields().getFirst().fragments()).containsExactly(new Fragment(INSERTED, "Fresh."));
        assertThat(changes.sections().get(3).fields().getFirst().fragments()).containsExactly(new Fragment(DELETED, "Gone now."));
    }

    private static SnapshotView view(List<SnapshotView.Section> sections) {
        PortfolioSnapshot snapshot = new PortfolioSnapshot(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cmalt",
                "2026.1", Instant.now(), null, null, Instant.now(), false, List.of(), List.of());
        return new SnapshotView(snapshot, null, sections);
    }

    private static SnapshotView.Section section(UUID id, String heading, String description, String reflection,
                                                List<PortfolioSnapshot.Evidence> evidence) {
        PortfolioSnapshot.Section section = new PortfolioSnapshot.Section(id, "key", 0, null, null, description, reflection,
                null, Set.of(), null, Instant.now(), evidence.stream().map(PortfolioSnapshot.Evidence::evidenceId).toList());
        return new SnapshotView.Section(section, heading, true, List.of(), evidence);
    }

    private static PortfolioSnapshot.Evidence evidence(String title) {
        return new PortfolioSnapshot.Evidence(UUID.randomUUID(), "LINK", title, null, "https://example.org", null, null,
                null, null, null, true, Instant.now());
    }
}
