package org.waymark.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.waymark.framework.AssessmentType.FIRST;
import static org.waymark.framework.AssessmentType.PORTFOLIO_REVIEW;
import static org.waymark.framework.AssessmentType.RESUBMISSION;

import java.io.StringReader;
import java.time.Period;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.framework.internal.FrameworkFileException;
import org.waymark.framework.internal.FrameworkFileReader;

/** The assessment rules of the shipped framework (ALT's defaults), and the framework files refused for them. */
class AssessmentRulesTests {

    static AssessmentRules rules;

    @BeforeAll
    static void read() throws Exception {
        rules = FrameworkFileReaderTests.shipped().assessment();
    }

    private static java.util.List<String> names(java.util.List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::name).toList();
    }

    @Test
    void theGradeScaleRunsFromStrongToNotApplicableWithItsDescriptions() {
        assertThat(rules.grades()).extracting(Grade::name)
                .containsExactly("Strong", "Adequate", "Revisions required", "Incomplete or missing", "Not applicable");
        assertThat(rules.grade("adequate").orElseThrow().description()).contains("complete and credible");
        assertThat(rules.grade("not-applicable").orElseThrow().description()).contains("5b on a CMALT portfolio");
    }

    @Test
    void theOutcomesRunFromPassWithDistinctionToFail() {
        assertThat(names(rules.outcomes())).containsExactly("Pass with distinction", "Pass", "Award confirmed",
                "Referral - minor revisions", "Referral - major revisions", "Fail");
        assertThat(rules.outcome("pass").orElseThrow().passes()).isTrue();
        assertThat(rules.outcome("confirmed").orElseThrow().passes()).as("a confirming portfolio review").isTrue();
        assertThat(rules.outcome("referral-minor").orElseThrow().refers()).isTrue();
    }

    @Test
    void aFirstSubmissionMayReachAnyOutcomeButFail() {
        assertThat(names(rules.outcomesAllowed(FIRST, null))).containsExactly("Pass with distinction", "Pass",
                "Referral - minor revisions", "Referral - major revisions");
        assertThat(rules.refusal(FIRST, null, "fail")).hasValue("Fail is not allowed for a first submission: choose"
                + " Pass with distinction, Pass, Referral - minor revisions or Referral - major revisions");
        assertThat(rules.refusal(FIRST, null, "pass")).isEmpty();
    }

    @Test
    void aResubmissionAfterMinorRevisionsPassesOrIsReferredForMajorRevisions() {
        assertThat(names(rules.outcomesAllowed(RESUBMISSION, "referral-minor")))
                .containsExactly("Pass with distinction", "Pass", "Referral - major revisions");
        assertThat(rules.refusal(RESUBMISSION, "referral-minor", "fail")).hasValueSatisfying(
                why -> assertThat(why).startsWith("Fail is not allowed for a resubmission after referral - minor revisions"));
        assertThat(rules.refusal(RESUBMISSION, "referral-minor", "referral-minor")).isPresent();
    }

    @Test
    void aResubmissionAfterMajorRevisionsPassesOrFails() {
        assertThat(names(rules.outcomesAllowed(RESUBMISSION, "referral-major")))
                .containsExactly("Pass with distinction", "Pass", "Fail");
        assertThat(rules.refusal(RESUBMISSION, "referral-major", "fail")).isEmpty();
        assertThat(rules.refusal(RESUBMISSION, "referral-major", "referral-minor")).isPresent();
    }

    @Test
    void failIsAllowedOnlyAfterMajorRevisions() {
        assertThat(rules.allowed()).filteredOn(a -> a.outcomes().contains("fail"))
                .singleElement().satisfies(a -> assertThat(a.after()).isEqualTo("referral-major"));
    }

    @Test
    void theFormsOfferAwardConfirmedOnlyForAPortfolioReviewAndEveryOtherOutcomeForTheRest() {
        assertThat(names(rules.outcomesOffered(FIRST))).containsExactly("Pass with distinction", "Pass",
                "Referral - minor revisions", "Referral - major revisions", "Fail");
        assertThat(names(rules.outcomesOffered(RESUBMISSION))).doesNotContain("Award confirmed").contains("Fail");
        assertThat(names(rules.outcomesOffered(AssessmentType.PORTFOLIO_REVIEW))).contains("Award confirmed")
                .doesNotContain("Pass with distinction", "Fail");
    }

    @Test
    void aResubmissionThatFollowsNoReferralHasNoOutcome() {
        assertThat(rules.outcomesAllowed(RESUBMISSION, null)).isEmpty();
        assertThat(rules.outcomesAllowed(RESUBMISSION, "pass")).isEmpty();
        assertThat(rules.refusal(RESUBMISSION, null, "pass")).hasValue("The rules give no outcome for a resubmission");
    }

    @Test
    void aPortfolioReviewConfirmsTheAwardOrRefersIt() {
        assertThat(names(rules.outcomesAllowed(PORTFOLIO_REVIEW, null)))
                .containsExactly("Award confirmed", "Referral - minor revisions", "Referral - major revisions");
    }

    @Test
    void referralsGiveEightWeeksForMinorAndSixMonthsForMajorRevisions() {
        assertThat(rules.referralPeriod("referral-minor")).hasValue(Period.ofWeeks(8));
        assertThat(rules.referralPeriod("referral-major")).hasValue(Period.ofMonths(6));
        assertThat(rules.referralPeriod("pass")).isEmpty();
        assertThat(rules.referralPeriod("nonsense")).isEmpty();
    }

    @Test
    void cmaltHoldersAssessAssociateAndCmaltSeniorHoldersAllThreeAssociateHoldersNone() {
        assertThat(rules.mayAssess("cmalt", "associate")).isTrue();
        assertThat(rules.mayAssess("cmalt", "cmalt")).isTrue();
        assertThat(rules.mayAssess("cmalt", "senior")).isFalse();
        assertThat(rules.mayAssess("senior", "senior")).isTrue();
        assertThat(rules.mayAssess("senior", "associate")).isTrue();
        assertThat(rules.mayAssess("associate", "associate")).isFalse();
        assertThat(rules.mayAssessAnything("associate")).isFalse();
        assertThat(rules.mayAssess(null, "associate")).isFalse();
    }

    @Test
    void anAssessorLeadsAfterServingThreeTimesAsSecond() {
        assertThat(rules.timesAsSecondBeforeLeading()).isEqualTo(3);
        assertThat(rules.mayLead(2)).isFalse();
        assertThat(rules.mayLead(3)).isTrue();
    }

    @Test
    void assessmentTypesHaveTheTranscriptsLabels() {
        assertThat(FIRST.label()).isEqualTo("First submission");
        assertThat(RESUBMISSION.label()).isEqualTo("Resubmission");
        assertThat(AssessmentType.byKey("portfolio-review")).hasValue(PORTFOLIO_REVIEW);
    }

    // ---- Files refused for their assessment rules, each naming the line (the block starts at line 15) ----

    static final String RULES = """
            assessment:
              grades:
                - { key: good, name: Good, description: G }
                - { key: poor, name: Poor, description: P }
              outcomes:
                - { key: pass, name: Pass, result: pass }
                - { key: refer, name: Refer, result: referral, referral-period: P8W }
                - { key: fail, name: Fail, result: fail }
              types:
                first-submission: { outcomes: [pass, refer] }
                resubmission: { after: { refer: [pass, fail] } }
                portfolio-review: { outcomes: [pass] }
              assessors:
                may-assess: { p: [p] }
                times-as-second-before-leading: 3
            """;

    private static Framework read(String rulesBlock) {
        return new FrameworkFileReader("test.yml").read(new StringReader(FrameworkFileReaderTests.SMALLEST + rulesBlock));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String rulesBlock) {
        return assertThatThrownBy(() -> read(rulesBlock)).isInstanceOf(FrameworkFileException.class);
    }

    @Test
    void theSmallestRulesAreReadAndAFileWithoutRulesHasNone() {
        AssessmentRules small = read(RULES).assessment();
        assertThat(small.grades()).hasSize(2);
        assertThat(small.mayAssess("p", "p")).isTrue();
        assertThat(read("").assessment()).isNull();
    }

    @Test
    void aReferralWithoutAPeriodIsRefused() {
        refused(RULES.replace(", referral-period: P8W", ""))
                .hasMessage("test.yml line 21: 'referral-period' is missing");
    }

    @Test
    void aPeriodThatIsNotIso8601IsRefused() {
        refused(RULES.replace("P8W", "8 weeks"))
                .hasMessage("test.yml line 21: 'referral-period' must be an ISO-8601 period such as P8W or P6M, not '8 weeks'");
    }

    @Test
    void aPassWithAReferralPeriodIsRefused() {
        refused(RULES.replace("result: pass }", "result: pass, referral-period: P1W }"))
                .hasMessage("test.yml line 20: only a referral has a referral period; remove it from 'pass'");
    }

    @Test
    void anUnknownResultIsRefused() {
        refused(RULES.replace("result: fail", "result: withdrawn"))
                .hasMessage("test.yml line 22: unknown result 'withdrawn' (use pass, referral or fail)");
    }

    @Test
    void anAllowedOutcomeThatDoesNotExistIsRefused() {
        refused(RULES.replace("[pass, refer]", "[pass, merit]"))
                .hasMessage("test.yml line 24: 'merit' is not an outcome of this file");
    }

    @Test
    void anAssessmentTypeLeftOutIsRefused() {
        refused(RULES.replace("    portfolio-review: { outcomes: [pass] }\n", ""))
                .hasMessage("test.yml line 24: the outcomes allowed for 'portfolio-review' are missing");
    }

    @Test
    void anUnknownAssessmentTypeIsRefused() {
        refused(RULES.replace("portfolio-review:", "appeal:"))
                .hasMessage("test.yml line 26: unknown assessment type 'appeal' (use first-submission, resubmission or portfolio-review)");
    }

    @Test
    void aResubmissionAfterSomethingOtherThanAReferralIsRefused() {
        refused(RULES.replace("after: { refer:", "after: { pass:"))
                .hasMessage("test.yml line 25: 'resubmission' can only follow a referral, and 'pass' is not a referral outcome of this file");
    }

    @Test
    void aReferralWithNoRulesForTheResubmissionAfterItIsRefused() {
        refused(RULES.replace("    resubmission: { after: { refer: [pass, fail] } }\n", "    resubmission: { outcomes: [pass] }\n"))
                .hasMessage("test.yml line 25: a resubmission after 'refer' needs its outcomes (add it under resubmission: after:)");
    }

    @Test
    void eligibilityForAPathwayTheFileDoesNotDefineIsRefused() {
        refused(RULES.replace("{ p: [p] }", "{ p: [p, senior] }"))
                .hasMessage("test.yml line 28: 'senior' is not a pathway of this file");
    }

    @Test
    void eligibilityMustBeGivenForEveryPathway() {
        refused(RULES.replace("{ p: [p] }", "{ }"))
                .hasMessage("test.yml line 28: say which pathways holders of 'p' may assess ([] for none)");
    }

    @Test
    void aGradeListedTwiceIsRefused() {
        refused(RULES.replace("key: poor", "key: good"))
                .hasMessage("test.yml line 18: grade 'good' is listed twice");
    }
}
