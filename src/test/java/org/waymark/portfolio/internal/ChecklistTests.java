package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.framework.Framework;
import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;
import org.waymark.framework.internal.FrameworkFileReader;

class ChecklistTests {

    static Framework framework;
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final Set<String> ALL = Set.of("explore", "keep-up-to-date", "learn-from-colleagues", "communicate");

    @BeforeAll
    static void load() throws Exception {
        try (var in = ChecklistTests.class.getResourceAsStream("/framework/cmalt-2026.1.yml")) {
            framework = new FrameworkFileReader("cmalt").read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    record Fixture(Portfolio portfolio, List<PortfolioSection> sections, Pathway pathway) {
        PortfolioSection section(String key) {
            return sections.stream().filter(s -> s.getSectionKey().equals(key)).findFirst().orElseThrow();
        }

        Checklist checklist(Map<UUID, Integer> links) {
            return Checklist.of(framework, pathway, portfolio, sections, links);
        }
    }

    static Fixture empty(String pathwayKey) {
        Pathway pathway = framework.pathway(pathwayKey);
        Portfolio portfolio = Portfolio.start(UUID.randomUUID(), pathwayKey, framework.version(), null, NOW);
        List<PortfolioSection> sections = new ArrayList<>();
        int position = 0;
        for (SectionDefinition d : pathway.sections()) {
            for (int i = 0; i < (d.repeatable() ? d.min() : 1); i++) {
                sections.add(PortfolioSection.create(portfolio.getId(), d.key(), position++, d.labelFor(i), NOW));
            }
        }
        return new Fixture(portfolio, sections, pathway);
    }

    static void fill(PortfolioSection section, String title, Set<String> principles) {
        section.write(new SectionContent(title, "<p>I did it.</p>", "<p>It went well.</p>", "<p>Report</p>", principles), NOW);
    }

    @Test
    void anEmptyPortfolioListsEverythingMissingAndNothingIsStarted() {
        Checklist checklist = empty("cmalt").checklist(Map.of());
        assertThat(checklist.sections()).hasSize(11).allMatch(i -> i.status() == SectionStatus.NOT_STARTED);
        assertThat(checklist.portfolioMissing()).hasSize(5) // four principles and the confirmation
                .contains("The confirmation is not signed");
        assertThat(checklist.complete()).isFalse();
        Checklist.Item oneA = checklist.sections().get(1);
        assertThat(oneA.missing()).containsExactly("No description", "No reflection", "No evidence");
        assertThat(checklist.sections().getFirst().missing()).containsExactly("No text yet");
    }

    @Test
    void aSectionWithOnlyADescriptionIsInProgressAndSaysWhatIsMissing() {
        Fixture f = empty("associate");
        f.section("1a").write(new SectionContent(null, "<p>Something</p>", "", "", Set.of()), NOW);
        Checklist.Item item = f.checklist(Map.of()).sections().get(1);
        assertThat(item.status()).isEqualTo(SectionStatus.IN_PROGRESS);
        assertThat(item.missing()).containsExactly("No reflection", "No evidence");
    }

    @Test
    void aLinkedEvidenceItemCountsAsEvidence() {
        Fixture f = empty("associate");
        f.section("1a").write(new SectionContent(null, "<p>Something</p>", "<p>More</p>", "", Set.of()), NOW);
        Checklist.Item item = f.checklist(Map.of(f.section("1a").getId(), 1)).sections().get(1);
        assertThat(item.status()).isEqualTo(SectionStatus.READY);
    }

    @Test
    void aCompleteAssociatePortfolioIsComplete() {
        Fixture f = empty("associate");
        for (PortfolioSection s : f.sections()) {
            fill(s, null, s.getSectionKey().equals("1a") ? ALL : Set.of());
        }
        f.portfolio().confirm(true, null, null, NOW);
        Checklist checklist = f.checklist(Map.of());
        assertThat(checklist.portfolioMissing()).isEmpty();
        assertThat(checklist.complete()).isTrue();
    }

    @Test
    void aPrincipleNeverClaimedIsNamed() {
        Fixture f = empty("associate");
        fill(f.section("1a"), null, Set.of("explore", "keep-up-to-date", "learn-from-colleagues"));
        assertThat(f.checklist(Map.of()).portfolioMissing())
                .contains("The core principle \u201cCommunicate and disseminate\u201d is not claimed in any section");
    }

    @Test
    void seniorAdvancedAreasMustClaimAllFourPrinciplesAndHaveATitle() {
        Fixture f = empty("senior");
        PortfolioSection advanced = f.section("advanced");
        fill(advanced, null, Set.of("explore"));
        Checklist.Item item = f.checklist(Map.of()).sections().stream()
                .filter(i -> i.section() == advanced).findFirst().orElseThrow();
        assertThat(item.status()).isEqualTo(SectionStatus.IN_PROGRESS);
        assertThat(item.missing()).contains("No title for this area")
                .anyMatch(m -> m.contains("\u201cKeep up to date\u201d is not claimed"));
        fill(advanced, "Leadership in learning technology", ALL);
        assertThat(f.checklist(Map.of()).sections().stream().filter(i -> i.section() == advanced).findFirst().orElseThrow()
                .status()).isEqualTo(SectionStatus.READY);
    }

    @Test
    void wordGuidanceWarnsButNeverBlocksCompleteness() {
        Fixture f = empty("cmalt");
        String longPlans = "<p>" + "word ".repeat(570) + "</p>";
        f.section("plans").write(new SectionContent(null, longPlans, "", "", Set.of()), NOW);
        Checklist.Item plans = f.checklist(Map.of()).sections().getLast();
        assertThat(plans.status()).isEqualTo(SectionStatus.READY);
        assertThat(plans.warnings()).singleElement().asString().contains("Longer than the suggested 200-500 words (570 words)");
    }

    @Test
    void seniorStartsWithThirteenSectionsLabelledInOrder() {
        Fixture f = empty("senior");
        assertThat(f.sections()).extracting(PortfolioSection::getLabel)
                .containsExactly("", "1a", "1b", "1c", "2a", "2b", "3a", "3b", "4a", "5a", "5b", "6a", "");
    }

    /** Every principle claimed and the confirmation signed, so only the sections decide. */
    static Fixture signedWithEveryPrincipleClaimed(String pathwayKey) {
        Fixture f = empty(pathwayKey);
        for (PortfolioSection s : f.sections()) {
            fill(s, "An area", ALL);
        }
        f.portfolio().confirm(true, null, null, NOW);
        return f;
    }

    @Test
    void aPortfolioIsNotCompleteWhileAnySectionIsNotReady() {
        Fixture f = signedWithEveryPrincipleClaimed("associate");
        f.section("2a").write(new SectionContent(null, "<p>Only a description</p>", "", "", Set.of()), NOW);
        Checklist checklist = f.checklist(Map.of());
        assertThat(checklist.portfolioMissing()).isEmpty();
        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.readyCount()).isEqualTo(6);
        assertThat(checklist.missingCount()).isEqualTo(2); // no reflection, no evidence
    }

    @Test
    void aPortfolioIsNotCompleteWhileSomethingIsMissingFromTheWholeEvenWithEverySectionReady() {
        Fixture f = signedWithEveryPrincipleClaimed("associate");
        f.portfolio().confirm(false, null, null, NOW);
        Checklist checklist = f.checklist(Map.of());
        assertThat(checklist.readyCount()).isEqualTo(7);
        assertThat(checklist.complete()).isFalse();
        assertThat(checklist.missingCount()).isEqualTo(1);
    }

    @Test
    void fewerSpecialistAreasThanThePathwayNeedsAreNamedWithHowManyThereAre() {
        Fixture f = signedWithEveryPrincipleClaimed("senior");
        List<PortfolioSection> withOneSpecialist = new ArrayList<>(f.sections());
        withOneSpecialist.remove(f.section("specialist"));
        Checklist one = Checklist.of(framework, f.pathway(), f.portfolio(), withOneSpecialist, Map.of());
        assertThat(one.portfolioMissing()).containsExactly("At least 2 specialist areas are needed (there is 1)");
        assertThat(one.complete()).isFalse();

        List<PortfolioSection> withNone = new ArrayList<>(withOneSpecialist);
        withNone.remove(withOneSpecialist.stream().filter(s -> s.getSectionKey().equals("specialist")).findFirst().orElseThrow());
        assertThat(Checklist.of(framework, f.pathway(), f.portfolio(), withNone, Map.of()).portfolioMissing())
                .containsExactly("At least 2 specialist areas are needed (there are 0)");
    }

    @Test
    void exactlyTheMinimumNumberOfAreasIsEnough() {
        Checklist checklist = signedWithEveryPrincipleClaimed("senior").checklist(Map.of());
        assertThat(checklist.portfolioMissing()).isEmpty();
        assertThat(checklist.complete()).isTrue();
    }

    @Test
    void aSectionTheFrameworkNoLongerHasIsLeftOutOfTheChecklist() {
        Fixture f = empty("associate");
        List<PortfolioSection> sections = new ArrayList<>(f.sections());
        sections.add(PortfolioSection.create(f.portfolio().getId(), "retired", 99, "9z", NOW));
        assertThat(Checklist.of(framework, f.pathway(), f.portfolio(), sections, Map.of()).sections()).hasSize(7);
    }

    @Test
    void anItemsHeadingIsItsLabelAndTitleAndAnAreasOwnTitle() {
        Fixture f = signedWithEveryPrincipleClaimed("senior");
        Checklist checklist = f.checklist(Map.of());
        assertThat(checklist.sections().getFirst().heading()).isEqualTo("Contextual statement");
        assertThat(checklist.sections().get(1).heading()).isEqualTo("1a An understanding of the constraints and benefits of different technologies");
        assertThat(checklist.sections().get(9).heading()).isEqualTo("5a Specialist area: An area");
        Fixture untitled = empty("senior");
        assertThat(untitled.checklist(Map.of()).sections().get(9).heading()).isEqualTo("5a Specialist area");
    }

    @Test
    void aStatementWithinItsWordGuidanceHasNoWarningAndCountsItsWords() {
        Fixture f = empty("cmalt");
        f.section("plans").write(new SectionContent(null, "<p>" + "word ".repeat(200) + "</p>", "", "", Set.of()), NOW);
        Checklist.Item plans = f.checklist(Map.of()).sections().getLast();
        assertThat(plans.warnings()).isEmpty();
        assertThat(plans.descriptionWords()).isEqualTo(200);
        assertThat(plans.missing()).isEmpty();
    }

    @Test
    void anAssessedSectionCountsTheWordsOfEachPartAndItsEvidenceItems() {
        Fixture f = empty("associate");
        f.section("1a").write(new SectionContent(null, "<p>one two</p>", "<p>three four five</p>", "<p>six</p>", Set.of()), NOW);
        Checklist.Item item = f.checklist(Map.of(f.section("1a").getId(), 2)).sections().get(1);
        assertThat(item.descriptionWords()).isEqualTo(2);
        assertThat(item.reflectionWords()).isEqualTo(3);
        assertThat(item.evidenceWords()).isEqualTo(1);
        assertThat(item.evidenceItems()).isEqualTo(2);
        assertThat(item.definition().key()).isEqualTo("1a");
    }

    @Test
    void aSectionWithOnlyEvidenceItemsLinkedIsStartedNotUntouched() {
        Fixture f = empty("associate");
        Checklist.Item item = f.checklist(Map.of(f.section("1a").getId(), 1)).sections().get(1);
        assertThat(item.status()).isEqualTo(SectionStatus.IN_PROGRESS);
        assertThat(item.missing()).containsExactly("No description", "No reflection");
    }
}
