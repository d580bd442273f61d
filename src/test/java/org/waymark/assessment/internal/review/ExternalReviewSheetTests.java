package org.waymark.assessment.internal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.waymark.framework.AssessmentRules;
import org.waymark.framework.AssessmentType;
import org.waymark.framework.CorePrinciple;
import org.waymark.framework.Grade;
import org.waymark.framework.Outcome;
import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;
import org.waymark.framework.SectionKind;
import org.waymark.framework.WordGuidance;
import org.waymark.submission.ExternalSection;

/** A portfolio written elsewhere is graded on the same sheet, a row per line of the candidate's section map. */
class ExternalReviewSheetTests {

    static final AssessmentRules RULES = new AssessmentRules(
            List.of(new Grade("strong", "Strong", ""), new Grade("adequate", "Adequate", "")),
            List.of(new Outcome("pass", "Pass", Outcome.Result.PASS, null), new Outcome("fail", "Fail", Outcome.Result.FAIL, null)),
            List.of(new AssessmentRules.Allowance(AssessmentType.FIRST, null, List.of("pass"))), Map.of(), 3);
    static final Pathway PATHWAY = new Pathway("cmalt", "CMALT", "CMALT", "", "", List.of(
            new SectionDefinition("context", "", SectionKind.STATEMENT, "Contextual statement", List.of(), new WordGuidance(0, 0), 1, 1),
            new SectionDefinition("1a", "1a", SectionKind.ASSESSED, "Technologies", List.of(), new WordGuidance(0, 0), 1, 1),
            new SectionDefinition("specialist", "5", SectionKind.SPECIALIST, "Specialist area", List.of(), new WordGuidance(0, 0), 1, 2)));
    static final List<CorePrinciple> PRINCIPLES = List.of(new CorePrinciple("explore", "Explore and understand", ""));

    @Test
    void theRowsAreTheSectionMapsWithWhereEachSectionIs() {
        ReviewSheet sheet = ReviewSheet.of(PATHWAY, List.of(
                new ExternalSection("context", "", "Contextual statement", "Page 1"),
                new ExternalSection("1a", "1a", "1a Technologies", "https://sites.example.org/1a"),
                new ExternalSection("specialist", "5a", "5a Specialist area", "Heading 'Accessibility'"),
                new ExternalSection("specialist", "5b", "5b Specialist area", "Heading 'Video'")), PRINCIPLES, RULES,
                RULES.outcomesAllowed(AssessmentType.FIRST, null));

        assertThat(sheet.external()).isTrue();
        assertThat(sheet.rows()).extracting(ReviewSheet.Row::key).containsExactly("context#1", "1a#1", "specialist#1", "specialist#2");
        assertThat(sheet.rows()).extracting(ReviewSheet.Row::assessed).containsExactly(false, true, true, true);
        assertThat(sheet.rows().get(1).locationIsLink()).isTrue();
        assertThat(sheet.rows().get(3).location()).isEqualTo("Heading 'Video'");

        ReviewDraft empty = new ReviewDraft(Map.of(), Map.of(), "fail", " ");
        assertThat(sheet.problems(empty, AssessmentType.FIRST, null)).containsOnlyKeys("complete-context-1", "grade-1a-1",
                "grade-specialist-1", "grade-specialist-2", "principle-explore", "recommendedOutcome", "feedback");
        assertThat(sheet.problems(empty, AssessmentType.FIRST, null).get("recommendedOutcome")).startsWith("Fail is not allowed");
    }

    @Test
    void withoutAMapTheRowsAreThePathwaysSections() {
        ReviewSheet sheet = ReviewSheet.of(PATHWAY, List.of(), PRINCIPLES, RULES, List.of());
        assertThat(sheet.rows()).extracting(ReviewSheet.Row::heading).containsExactly("Contextual statement", "1a Technologies",
                "5a Specialist area");
    }

    @Test
    void gradesOffTheScaleAndRowsNotOnTheSheetAreNotKept() {
        ReviewSheet sheet = ReviewSheet.of(PATHWAY, List.of(), PRINCIPLES, RULES, List.of());
        var rows = sheet.rowsFrom(new ReviewDraft(Map.of("1a#1", new ReviewDraft.Answer("excellent", null, "Hm"),
                "9z#1", new ReviewDraft.Answer("strong", null, null)), Map.of(), null, null));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("1a#1");
            assertThat(r.grade()).isNull();
            assertThat(r.comment()).isEqualTo("Hm");
        });
    }
}
