package org.waymark.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.waymark.framework.EligibilityGuide.Condition;
import org.waymark.framework.internal.FrameworkFileException;
import org.waymark.framework.internal.FrameworkFileReader;

class FrameworkFileReaderTests {

    static Framework shipped() throws Exception {
        try (var in = FrameworkFileReaderTests.class.getResourceAsStream("/framework/cmalt-2026.1.yml")) {
            return new FrameworkFileReader("cmalt-2026.1.yml").read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    /** The smallest file Waymark accepts; line 14 holds the only section. */
    static final String SMALLEST = """
            framework: CMALT
            version: "x"
            practice-current-for-years: 3
            principles:
              - { key: a, name: A, statement: S }
            parts: { description: d, reflection: r, evidence: e }
            pathways:
              - key: p
                name: P
                post-nominal: P
                summary: s
                eligibility: e
                sections:
                  - { key: one, kind: assessed, title: One }
            """;

    /** The smallest file with a guide appended (its lines start at 15). */
    static String withGuide(String guide) {
        return SMALLEST + "eligibility-guide:\n" + guide.indent(2);
    }

    static final String QUESTIONS = """
            questions:
              - { key: years, text: \"Years?\", number: { min: 0, max: 60 }, error: Enter years }
              - key: share
                text: How much?
                answers: [ { key: small, text: Small }, { key: most, text: Most } ]
                error: Choose one
            """;

    private static Framework read(String yaml) {
        return new FrameworkFileReader("test.yml").read(new StringReader(yaml));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String yaml) {
        return assertThatThrownBy(() -> read(yaml)).isInstanceOf(FrameworkFileException.class);
    }

    private static String sections(String sections) {
        return SMALLEST.replace("      - { key: one, kind: assessed, title: One }\n", sections.indent(6));
    }

    @Test
    void theShippedFrameworkHasThreePathwaysOfSevenElevenAndThirteenSections() throws Exception {
        Framework framework = shipped();
        assertThat(framework.version()).isEqualTo("2026.1");
        assertThat(framework.name()).isEqualTo("CMALT");
        assertThat(framework.principles()).extracting(CorePrinciple::name)
                .containsExactly("Explore and understand", "Keep up to date", "Learn from colleagues", "Communicate and disseminate");
        assertThat(framework.pathway("associate").requiredSectionCount()).isEqualTo(7);
        assertThat(framework.pathway("cmalt").requiredSectionCount()).isEqualTo(11);
        assertThat(framework.pathway("senior").requiredSectionCount()).isEqualTo(13);
        assertThat(framework.parts().reflection()).startsWith("Reflect on what went well");
    }

    @Test
    void titlesAndGuidanceDifferByPathway() throws Exception {
        Framework framework = shipped();
        assertThat(framework.pathway("associate").section("3a").orElseThrow().title()).contains("legislation and policy");
        assertThat(framework.pathway("senior").section("3b").orElseThrow().title()).contains("must be a policy");
        assertThat(framework.pathway("cmalt").section("2a").orElseThrow().title())
                .isEqualTo("An understanding of teaching, learning and/or assessment processes");
        assertThat(framework.pathway("associate").section("1c")).isEmpty();
        assertThat(framework.pathway("associate").section("context").orElseThrow().guidance()).hasSize(2);
    }

    @Test
    void seniorNeedsTwoSpecialistAreasAndAnAdvancedAreaAndMayAddMore() throws Exception {
        Pathway senior = shipped().pathway("senior");
        SectionDefinition specialist = senior.section("specialist").orElseThrow();
        SectionDefinition advanced = senior.section("advanced").orElseThrow();
        assertThat(specialist.min()).isEqualTo(2);
        assertThat(specialist.max()).isEqualTo(6);
        assertThat(advanced.kind()).isEqualTo(SectionKind.ADVANCED);
        assertThat(advanced.min()).isEqualTo(1);
        assertThat(advanced.max()).isEqualTo(4);
        assertThat(specialist.labelFor(0)).isEqualTo("5a");
        assertThat(specialist.labelFor(1)).isEqualTo("5b");
        assertThat(senior.section("1a").orElseThrow().labelFor(3)).isEqualTo("1a");
    }

    @Test
    void aSectionThatDoesNotRepeatCountsOnceAndARepeatableOneAtItsMinimum() {
        Framework framework = read(sections("""
                - { key: one, kind: statement, title: One }
                - { key: area, label: "5", kind: specialist, title: Area, min: 3, max: 4 }
                """));
        Pathway pathway = framework.pathway("p");
        assertThat(pathway.requiredSectionCount()).isEqualTo(4);
        assertThat(pathway.section("one").orElseThrow().min()).isEqualTo(1);
        assertThat(pathway.section("one").orElseThrow().max()).isEqualTo(1);
        assertThat(pathway.section("one").orElseThrow().label()).isEmpty();
        assertThat(pathway.section("one").orElseThrow().guidance()).isEmpty();
    }

    @Test
    void aRepeatableAreaWithoutMinOrMaxIsNeededOnceAndAllowedOnce() {
        SectionDefinition area = read(sections("- { key: area, label: \"6\", kind: advanced, title: Area }"))
                .pathway("p").section("area").orElseThrow();
        assertThat(area.min()).isEqualTo(1);
        assertThat(area.max()).isEqualTo(1);
        SectionDefinition onlyMin = read(sections("- { key: area, label: \"6\", kind: advanced, title: Area, min: 2 }"))
                .pathway("p").section("area").orElseThrow();
        assertThat(onlyMin.max()).isEqualTo(2);
    }

    @Test
    void futurePlansCarryWordGuidanceOf200To500() throws Exception {
        WordGuidance words = shipped().pathway("cmalt").section("plans").orElseThrow().words();
        assertThat(words.min()).isEqualTo(200);
        assertThat(words.max()).isEqualTo(500);
        assertThat(words.adviceFor(570)).contains("Longer than");
        assertThat(words.adviceFor(300)).isNull();
        assertThat(shipped().pathway("cmalt").section("1a").orElseThrow().words()).isEqualTo(WordGuidance.NONE);
    }

    @Test
    void theSmallestFileHasNoGuideAndTrimsItsValues() {
        Framework framework = read(SMALLEST.replace("name: P\n", "name: \"  P  \"\n"));
        assertThat(framework.eligibilityGuide()).isEqualTo(EligibilityGuide.NONE);
        assertThat(framework.pathway("p").name()).isEqualTo("P");
    }

    @Test
    void theGuideIsReadWithItsQuestionsAndRulesInOrder() {
        Framework framework = read(withGuide(QUESTIONS + """
                rules:
                  - { suggest: p, when: { years: { below: 3, at-most: 10 }, share: [small, most] } }
                  - { suggest: p, when: { years: { above: 3, at-least: 2 } } }
                  - { suggest: p, when: { years: { at-least: 5, at-most: 7 } } }
                  - { suggest: p }
                """));
        EligibilityGuide guide = framework.eligibilityGuide();
        assertThat(guide.questions()).hasSize(2);
        assertThat(guide.questions().get(1).error()).isEqualTo("Choose one");
        assertThat(guide.rules()).hasSize(4);
        assertThat(guide.rules().getFirst().conditions()).containsExactly(
                new Condition("years", java.util.Set.of(), 0, 2), new Condition("share", java.util.Set.of("small", "most"), 0, 0));
        assertThat(guide.rules().get(1).conditions()).containsExactly(new Condition("years", java.util.Set.of(), 4, 60));
        assertThat(guide.rules().get(2).conditions()).containsExactly(new Condition("years", java.util.Set.of(), 5, 7));
        assertThat(guide.rules().get(3).conditions()).isEmpty();
    }

    // ---- Files Waymark refuses, each naming the file and line ----

    @Test
    void anUnknownSectionKindIsRefusedNamingItsLine() {
        refused(sections("- { key: one, kind: essay, title: One }"))
                .hasMessage("test.yml line 14: unknown section kind 'essay' (use statement, assessed, specialist or advanced)");
    }

    @Test
    void anUnquotedCommaInsideBracesIsCaughtAsAnUnknownKey() {
        refused(sections("- { key: one, kind: assessed, title: Teaching, learning and assessment }"))
                .hasMessageStartingWith("test.yml line 14: unknown key 'learning and assessment' (allowed here: guidance, key, kind, label, max, min, title, words;");
    }

    @Test
    void aMissingRequiredValueIsNamed() {
        refused("framework: CMALT\n").hasMessage("test.yml line 1: 'version' is missing");
    }

    @Test
    void anEmptyFileIsRefused() {
        refused("").hasMessage("test.yml line 1: the file is empty");
    }

    @Test
    void aFileThatIsNotYamlIsRefused() {
        refused("framework: [unclosed\n").hasMessageStartingWith("test.yml: not valid YAML: ");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        refused(SMALLEST + "version: \"y\"\n").hasMessage("test.yml line 15: 'version' is given twice");
    }

    @Test
    void aPrincipleListedTwiceIsRefused() {
        refused(SMALLEST.replace("  - { key: a, name: A, statement: S }\n", "  - { key: a, name: A, statement: S }\n  - { key: a, name: B, statement: T }\n"))
                .hasMessage("test.yml line 6: principle 'a' is listed twice");
    }

    @Test
    void aPathwayListedTwiceIsRefused() {
        refused(SMALLEST + """
                  - { key: p, name: Q, post-nominal: Q, summary: s, eligibility: e, sections: [ { key: one, kind: assessed, title: One } ] }
                """).hasMessage("test.yml line 15: pathway 'p' is listed twice");
    }

    @Test
    void aSectionListedTwiceInAPathwayIsRefused() {
        refused(sections("""
                - { key: one, kind: assessed, title: One }
                - { key: one, kind: assessed, title: Again }
                """)).hasMessage("test.yml line 15: section 'one' is listed twice in this pathway");
    }

    @Test
    void emptyListsAreRefused() {
        refused(SMALLEST.replace("principles:\n  - { key: a, name: A, statement: S }\n", "principles: []\n"))
                .hasMessage("test.yml line 4: at least one core principle is needed");
        refused(SMALLEST.substring(0, SMALLEST.indexOf("  - key: p")).replace("pathways:\n", "pathways: []\n"))
                .hasMessage("test.yml line 7: at least one pathway is needed");
        refused(sections("").replace("    sections:\n", "    sections: []\n"))
                .hasMessage("test.yml line 13: a pathway needs at least one section");
    }

    @Test
    void aBlankValueIsRefused() {
        refused(SMALLEST.replace("name: P\n", "name: \"  \"\n")).hasMessage("test.yml line 9: 'name' must not be empty");
    }

    @Test
    void aRepeatableAreaNeedsALabelToNumberItsAreas() {
        refused(sections("- { key: area, kind: specialist, title: Area }"))
                .hasMessage("test.yml line 14: section 'area' needs a label to number its areas (for example \"5\")");
        refused(sections("- { key: area, label: \" \", kind: specialist, title: Area }"))
                .hasMessageContaining("needs a label");
    }

    @Test
    void aRepeatableAreaNeedsASensibleMinimumAndMaximum() {
        refused(sections("- { key: area, label: \"5\", kind: specialist, title: Area, min: 0 }"))
                .hasMessage("test.yml line 14: section 'area' needs 1 <= min <= max <= 26, not 0-0");
        refused(sections("- { key: area, label: \"5\", kind: specialist, title: Area, min: 3, max: 2 }"))
                .hasMessageContaining("not 3-2");
        refused(sections("- { key: area, label: \"5\", kind: specialist, title: Area, min: 1, max: 27 }"))
                .hasMessageContaining("not 1-27");
        assertThat(read(sections("- { key: area, label: \"5\", kind: specialist, title: Area, min: 1, max: 26 }"))
                .pathway("p").section("area").orElseThrow().labelFor(25)).isEqualTo("5z");
    }

    @Test
    void onlyRepeatableAreasMayGiveMinOrMax() {
        refused(sections("- { key: one, kind: assessed, title: One, min: 1 }"))
                .hasMessage("test.yml line 14: only specialist and advanced sections can repeat; remove min/max from 'one'");
        refused(sections("- { key: one, kind: assessed, title: One, max: 1 }")).hasMessageContaining("remove min/max");
    }

    @Test
    void wordGuidanceNeedsAMinimumNoGreaterThanAPositiveMaximum() {
        refused(sections("- { key: one, kind: statement, title: One, words: { min: 600, max: 500 } }"))
                .hasMessage("test.yml line 14: word guidance needs 0 <= min <= max and max > 0, not 600-500");
        refused(sections("- { key: one, kind: statement, title: One, words: { min: 0, max: 0 } }")).hasMessageContaining("not 0-0");
        refused(sections("- { key: one, kind: statement, title: One, words: { min: -1, max: 5 } }")).hasMessageContaining("not -1-5");
        WordGuidance exact = read(sections("- { key: one, kind: statement, title: One, words: { min: 5, max: 5 } }"))
                .pathway("p").section("one").orElseThrow().words();
        assertThat(exact).isEqualTo(new WordGuidance(5, 5));
        assertThat(read(sections("- { key: one, kind: statement, title: One, words: { min: 0, max: 1 } }"))
                .pathway("p").section("one").orElseThrow().words()).isEqualTo(new WordGuidance(0, 1));
    }

    @Test
    void aNumberThatIsNotWholeIsRefused() {
        refused(SMALLEST.replace("practice-current-for-years: 3", "practice-current-for-years: three"))
                .hasMessage("test.yml line 3: 'practice-current-for-years' must be a whole number, not 'three'");
    }

    @Test
    void theYearsPracticeStaysCurrentMustBeGivenAndAtLeastOne() {
        refused(SMALLEST.replace("practice-current-for-years: 3\n", "")).hasMessage("test.yml line 1: 'practice-current-for-years' is missing");
        refused(SMALLEST.replace("practice-current-for-years: 3", "practice-current-for-years: 0"))
                .hasMessage("test.yml line 3: 'practice-current-for-years' must be 1 or more, not 0");
        assertThat(read(SMALLEST.replace("practice-current-for-years: 3", "practice-current-for-years: 1")).practiceCurrentForYears()).isEqualTo(1);
    }

    @Test
    void theWrongShapeIsRefused() {
        refused(SMALLEST.replace("principles:\n  - { key: a, name: A, statement: S }\n", "principles: none\n"))
                .hasMessage("test.yml line 4: expected a list");
        refused("- just a list\n").hasMessage("test.yml line 1: expected a mapping of key: value");
        refused(SMALLEST.replace("name: P\n", "name: [P]\n")).hasMessage("test.yml line 9: expected a single value");
    }

    @Test
    void aGuideSuggestingAPathwayTheFileDoesNotDefineIsRefused() {
        refused(withGuide(QUESTIONS + "rules:\n  - { suggest: cmalt }\n"))
                .hasMessage("test.yml line 23: the eligibility guide suggests pathway 'cmalt', which this file does not define");
    }

    @Test
    void aGuideNeedsQuestionsAndRules() {
        refused(withGuide("questions: []\nrules: [ { suggest: p } ]\n"))
                .hasMessage("test.yml line 16: the eligibility guide needs at least one question");
        refused(withGuide(QUESTIONS + "rules: []\n")).hasMessage("test.yml line 22: the eligibility guide needs at least one rule");
        refused(withGuide(QUESTIONS)).hasMessage("test.yml line 16: 'rules' is missing");
    }

    @Test
    void aQuestionAskedTwiceIsRefused() {
        refused(withGuide(QUESTIONS.replace("key: share", "key: years") + "rules: [ { suggest: p } ]\n"))
                .hasMessage("test.yml line 18: question 'years' is listed twice");
    }

    @Test
    void aQuestionNeedsEitherTwoOrMoreDistinctAnswersOrANumberRange() {
        refused(withGuide("questions: [ { key: q, text: \"Q?\", error: E } ]\nrules: [ { suggest: p } ]\n"))
                .hasMessage("test.yml line 16: question 'q' needs either answers to choose from or a number range");
        refused(withGuide("questions: [ { key: q, text: \"Q?\", error: E, number: { min: 0, max: 1 }, answers: [] } ]\nrules: [ { suggest: p } ]\n"))
                .hasMessageContaining("needs either answers to choose from or a number range");
        refused(withGuide("questions: [ { key: q, text: \"Q?\", error: E, answers: [ { key: a, text: A } ] } ]\nrules: [ { suggest: p } ]\n"))
                .hasMessage("test.yml line 16: question 'q' needs at least two answers to choose from");
        refused(withGuide("questions: [ { key: q, text: \"Q?\", error: E, answers: [ { key: a, text: A }, { key: a, text: B } ] } ]\nrules: [ { suggest: p } ]\n"))
                .hasMessage("test.yml line 16: answer 'a' is listed twice in question 'q'");
        refused(withGuide("questions: [ { key: q, text: \"Q?\", error: E, number: { min: 5, max: 4 } } ]\nrules: [ { suggest: p } ]\n"))
                .hasMessage("test.yml line 16: question 'q' needs min <= max, not 5-4");
        assertThat(read(withGuide("questions: [ { key: q, text: \"Q?\", error: E, number: { min: 5, max: 5 } } ]\nrules: [ { suggest: p } ]\n"))
                .eligibilityGuide().questions().getFirst().max()).isEqualTo(5);
        refused(withGuide("questions: [ { key: q, text: \"Q?\", error: \"\", number: { min: 0, max: 4 } } ]\nrules: [ { suggest: p } ]\n"))
                .hasMessage("test.yml line 16: 'error' must not be empty");
    }

    @Test
    void aRuleAboutAQuestionTheGuideDoesNotAskIsRefused() {
        refused(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { role: lead } }\n"))
                .hasMessage("test.yml line 23: the rule asks about 'role', which is not a question of the guide");
    }

    @Test
    void aRuleNamingAnAnswerTheQuestionDoesNotOfferIsRefused() {
        refused(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { share: some } }\n"))
                .hasMessage("test.yml line 23: question 'share' has no answer 'some'");
        refused(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { share: [small, half] } }\n"))
                .hasMessageContaining("has no answer 'half'");
    }

    @Test
    void aNumberConditionNeedsABoundThatSomeAnswerCanMeet() {
        refused(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { years: {} } }\n"))
                .hasMessage("test.yml line 23: give at least one of below, at-most, at-least or above for 'years'");
        refused(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { years: { below: 0 } } }\n"))
                .hasMessage("test.yml line 23: no answer to 'years' can meet this condition");
        refused(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { years: { above: 60 } } }\n"))
                .hasMessageContaining("can meet this condition");
        refused(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { years: 3 } }\n"))
                .hasMessage("test.yml line 23: expected a mapping of key: value");
        refused(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { years: { over: 3 } } }\n"))
                .hasMessageContaining("unknown key 'over'");
        assertThat(read(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { years: { below: 1 } } }\n"))
                .eligibilityGuide().rules().getFirst().conditions()).containsExactly(new Condition("years", java.util.Set.of(), 0, 0));
        assertThat(read(withGuide(QUESTIONS + "rules:\n  - { suggest: p, when: { years: { above: 59 } } }\n"))
                .eligibilityGuide().rules().getFirst().conditions()).containsExactly(new Condition("years", java.util.Set.of(), 60, 60));
    }
}
