package org.waymark.submission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;
import org.waymark.framework.SectionKind;
import org.waymark.framework.WordGuidance;
import org.waymark.portfolio.PortfolioSnapshot;

/** The completeness check's section half: every required section present, and none of them empty. */
class SectionCheckTests {

    static final Pathway PATHWAY = new Pathway("cmalt", "CMALT", "CMALT", "", "", List.of(
            new SectionDefinition("context", "", SectionKind.STATEMENT, "Contextual statement", List.of(), WordGuidance.NONE, 1, 1),
            new SectionDefinition("1a", "1a", SectionKind.ASSESSED, "Constraints and benefits", List.of(), WordGuidance.NONE, 1, 1),
            new SectionDefinition("2b", "2b", SectionKind.ASSESSED, "Target learners", List.of(), WordGuidance.NONE, 1, 1),
            new SectionDefinition("5", "5", SectionKind.SPECIALIST, "Specialist area", List.of(), WordGuidance.NONE, 2, 4)));

    @Test
    void aCompleteSnapshotPassesWithEveryRequiredSectionListedInThePathwaysOrder() {
        SectionCheck check = SectionCheck.of(PATHWAY, snapshot(
                statement("<p>My role.</p>"), assessed("1a", 1, null, true), assessed("2b", 2, null, true),
                assessed("5", 3, "Video", true), assessed("5", 4, "Open badges", true)));

        assertThat(check.complete()).isTrue();
        assertThat(check.lines()).extracting(SectionCheck.Line::label).containsExactly("", "1a", "2b", "5a", "5b");
        assertThat(check.lines().get(3).title()).isEqualTo("Specialist area: Video");
    }

    @Test
    void missingSectionsAndEmptyPartsAreNamed() {
        SectionCheck check = SectionCheck.of(PATHWAY, snapshot(
                statement("<p>&nbsp;</p>"), assessed("1a", 1, null, false), assessed("5", 3, null, true)));

        assertThat(check.complete()).isFalse();
        assertThat(check.lines()).extracting(SectionCheck.Line::label, SectionCheck.Line::problems).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", List.of("Empty")),
                org.assertj.core.groups.Tuple.tuple("1a", List.of("No reflection", "No evidence")),
                org.assertj.core.groups.Tuple.tuple("2b", List.of("Missing")),
                org.assertj.core.groups.Tuple.tuple("5a", List.of("No title")),
                org.assertj.core.groups.Tuple.tuple("5b", List.of("Missing")));
        assertThat(check.problemCount()).isEqualTo(5);
    }

    @Test
    void anExternalPortfoliosMapMustSayWhereEveryRequiredSectionIs() {
        SectionCheck check = SectionCheck.ofMap(PATHWAY, List.of(
                new SectionCheck.Location("context", "About me", "page 1"),
                new SectionCheck.Location("1a", "1a Constraints", "page 2"),
                new SectionCheck.Location("5", "Specialist: video", "")));

        assertThat(check.complete()).isFalse();
        assertThat(check.lines()).extracting(SectionCheck.Line::label, SectionCheck.Line::problems).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", List.of()),
                org.assertj.core.groups.Tuple.tuple("1a", List.of()),
                org.assertj.core.groups.Tuple.tuple("2b", List.of("Not in the section map")),
                org.assertj.core.groups.Tuple.tuple("5a", List.of("No location given")),
                org.assertj.core.groups.Tuple.tuple("5b", List.of("Not in the section map")));
    }

    @Test
    void richTextWithOnlyTagsAndSpacesIsBlank() {
        assertThat(SectionCheck.blank("<p><br></p> &nbsp;")).isTrue();
        assertThat(SectionCheck.blank("<p>x</p>")).isFalse();
    }

    private static PortfolioSnapshot snapshot(PortfolioSnapshot.Section... sections) {
        return new PortfolioSnapshot(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cmalt", "test", Instant.now(),
                null, null, Instant.now(), true, List.of(sections), List.of());
    }

    private static PortfolioSnapshot.Section statement(String text) {
        return new PortfolioSnapshot.Section(UUID.randomUUID(), "context", 0, "", null, text, "", "", Set.of(), null,
                Instant.now(), List.of());
    }

    private static PortfolioSnapshot.Section assessed(String key, int position, String title, boolean complete) {
        String label = key.equals("5") ? "5" + (char) ('a' + position - 3) : key;
        return new PortfolioSnapshot.Section(UUID.randomUUID(), key, position, label, title, "<p>What I did.</p>",
                complete ? "<p>What I learnt.</p>" : "", "", Set.of(), null, Instant.now(),
                complete ? List.of(UUID.randomUUID()) : List.of());
    }
}
