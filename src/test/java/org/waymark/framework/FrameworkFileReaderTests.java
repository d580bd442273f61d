package org.waymark.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.waymark.framework.internal.FrameworkFileException;
import org.waymark.framework.internal.FrameworkFileReader;

class FrameworkFileReaderTests {

    static Framework shipped() throws Exception {
        try (var in = FrameworkFileReaderTests.class.getResourceAsStream("/framework/cmalt-2026.1.yml")) {
            return new FrameworkFileReader("cmalt-2026.1.yml").read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void theShippedFrameworkHasThreePathwaysOfSevenElevenAndThirteenSections() throws Exception {
        Framework framework = shipped();
        assertThat(framework.version()).isEqualTo("2026.1");
        assertThat(framework.principles()).extracting(CorePrinciple::name)
                .containsExactly("Explore and understand", "Keep up to date", "Learn from colleagues", "Communicate and disseminate");
        assertThat(framework.pathway("associate").requiredSectionCount()).isEqualTo(7);
        assertThat(framework.pathway("cmalt").requiredSectionCount()).isEqualTo(11);
        assertThat(framework.pathway("senior").requiredSectionCount()).isEqualTo(13);
    }

    @Test
    void titlesAndGuidanceDifferByPathway() throws Exception {
        Framework framework = shipped();
        assertThat(framework.pathway("associate").section("3a").orElseThrow().title()).contains("legislation and policy");
        assertThat(framework.pathway("senior").section("3b").orElseThrow().title()).contains("must be a policy");
        assertThat(framework.pathway("cmalt").section("2a").orElseThrow().title())
                .isEqualTo("An understanding of teaching, learning and/or assessment processes");
        assertThat(framework.pathway("associate").section("1c")).isEmpty();
    }

    @Test
    void seniorNeedsTwoSpecialistAreasAndAnAdvancedAreaAndMayAddMore() throws Exception {
        Pathway senior = shipped().pathway("senior");
        SectionDefinition specialist = senior.section("specialist").orElseThrow();
        SectionDefinition advanced = senior.section("advanced").orElseThrow();
        assertThat(specialist.min()).isEqualTo(2);
        assertThat(specialist.max()).isGreaterThan(2);
        assertThat(advanced.kind()).isEqualTo(SectionKind.ADVANCED);
        assertThat(advanced.min()).isEqualTo(1);
        assertThat(specialist.labelFor(0)).isEqualTo("5a");
        assertThat(specialist.labelFor(1)).isEqualTo("5b");
    }

    @Test
    void futurePlansCarryWordGuidanceOf200To500() throws Exception {
        WordGuidance words = shipped().pathway("cmalt").section("plans").orElseThrow().words();
        assertThat(words.min()).isEqualTo(200);
        assertThat(words.max()).isEqualTo(500);
        assertThat(words.adviceFor(570)).contains("Longer than");
        assertThat(words.adviceFor(300)).isNull();
    }

    @Test
    void anUnknownSectionKindIsRefusedNamingItsLine() {
        String yaml = """
                framework: CMALT
                version: "x"
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
                      - key: one
                        kind: essay
                        title: One
                """;
        assertThatThrownBy(() -> new FrameworkFileReader("bad.yml").read(new StringReader(yaml)))
                .isInstanceOf(FrameworkFileException.class)
                .hasMessageContaining("bad.yml line 14")
                .hasMessageContaining("unknown section kind 'essay'");
    }

    @Test
    void anUnquotedCommaInsideBracesIsCaughtAsAnUnknownKey() {
        String yaml = """
                framework: CMALT
                version: "x"
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
                      - { key: one, kind: assessed, title: Teaching, learning and assessment }
                """;
        assertThatThrownBy(() -> new FrameworkFileReader("bad.yml").read(new StringReader(yaml)))
                .hasMessageContaining("bad.yml line 13")
                .hasMessageContaining("unknown key 'learning and assessment'");
    }

    @Test
    void aMissingRequiredValueIsNamed() {
        assertThatThrownBy(() -> new FrameworkFileReader("bad.yml").read(new StringReader("framework: CMALT\n")))
                .hasMessageContaining("'version' is missing");
    }
}
