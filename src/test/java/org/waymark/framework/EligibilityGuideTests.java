package org.waymark.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.waymark.framework.EligibilityGuide.Answer;
import org.waymark.framework.EligibilityGuide.Condition;
import org.waymark.framework.EligibilityGuide.Question;
import org.waymark.framework.EligibilityGuide.Rule;

/** The shipped guide's rules, read from the framework file, and how any guide applies its rules in order. */
class EligibilityGuideTests {

    static EligibilityGuide guide;

    @BeforeAll
    static void load() throws Exception {
        guide = FrameworkFileReaderTests.shipped().eligibilityGuide();
    }

    private static String suggest(String years, String share, String leadership) {
        return guide.recommend(Map.of("years", years, "share", share, "leadership", leadership)).orElseThrow();
    }

    @Test
    void theShippedGuideAsksThreeQuestionsInOrder() {
        assertThat(guide.isOffered()).isTrue();
        assertThat(guide.questions()).extracting(Question::key).containsExactly("years", "share", "leadership");
        Question years = guide.questions().getFirst();
        assertThat(years.asksForNumber()).isTrue();
        assertThat(years.min()).isZero();
        assertThat(years.max()).isEqualTo(60);
        assertThat(guide.questions().get(1).answers()).extracting(Answer::text).containsExactly("A small part of it", "Most or all of it");
        assertThat(guide.questions().get(1).asksForNumber()).isFalse();
    }

    @Test
    void fewerThanThreeYearsSuggestsAssociateAndThreeYearsSuggestsCmalt() {
        assertThat(suggest("2", "most", "no")).isEqualTo("associate");
        assertThat(suggest("2", "most", "yes")).isEqualTo("associate");
        assertThat(suggest("3", "most", "no")).isEqualTo("cmalt");
    }

    @Test
    void learningTechnologyASmallPartOfTheRoleSuggestsAssociateWhateverTheYears() {
        assertThat(suggest("20", "small", "yes")).isEqualTo("associate");
    }

    @Test
    void seniorNeedsMoreThanThreeYearsAndLeadershipOrResearch() {
        assertThat(suggest("3", "most", "yes")).isEqualTo("cmalt");
        assertThat(suggest("4", "most", "yes")).isEqualTo("senior");
        assertThat(suggest("4", "most", "no")).isEqualTo("cmalt");
        assertThat(suggest(" 10 ", "most", "yes")).isEqualTo("senior");
    }

    @Test
    void anUnansweredGuideNamesEveryQuestionInOrderAndSuggestsNothing() {
        assertThat(guide.problems(Map.of())).containsExactly(
                Map.entry("years", "Enter your years of experience as a whole number from 0 to 60"),
                Map.entry("share", "Choose how much of your role involves learning technology"),
                Map.entry("leadership", "Choose whether you have management, leadership, strategic or research responsibilities"));
        assertThat(guide.recommend(Map.of())).isEmpty();
        assertThat(guide.recommend(Map.of("years", "5", "share", "most"))).isEmpty();
    }

    @Test
    void yearsMustBeAWholeNumberWithinTheQuestionsRangeInclusive() {
        Map<String, String> others = Map.of("share", "most", "leadership", "no");
        for (String fine : List.of("0", "60")) {
            assertThat(guide.problems(with(others, "years", fine))).as(fine).isEmpty();
        }
        for (String bad : List.of("-1", "61", "2abc", " ", "")) {
            assertThat(guide.problems(with(others, "years", bad))).as(bad).containsOnlyKeys("years");
        }
    }

    @Test
    void anAnswerTheQuestionDoesNotOfferIsAProblem() {
        assertThat(guide.problems(Map.of("years", "5", "share", "some", "leadership", "no"))).containsOnlyKeys("share");
    }

    @Test
    void rulesAreTriedInOrderAndARuleWithoutConditionsAlwaysHolds() {
        Question role = new Question("role", "Your role?", List.of(new Answer("a", "A"), new Answer("b", "B"), new Answer("c", "C")), 0, 0, "Choose");
        EligibilityGuide ordered = new EligibilityGuide(List.of(role), List.of(
                new Rule("first", List.of(new Condition("role", Set.of("a", "b"), 0, 0))),
                new Rule("second", List.of(new Condition("role", Set.of("b"), 0, 0))),
                new Rule("fallback", List.of())));
        assertThat(ordered.recommend(Map.of("role", "b"))).contains("first");
        assertThat(ordered.recommend(Map.of("role", "c"))).contains("fallback");
    }

    @Test
    void whenNoRuleHoldsThereIsNoSuggestion() {
        Question years = new Question("years", "Years?", List.of(), 0, 10, "Enter years");
        EligibilityGuide partial = new EligibilityGuide(List.of(years), List.of(
                new Rule("junior", List.of(new Condition("years", Set.of(), 0, 2)))));
        assertThat(partial.recommend(Map.of("years", "2"))).contains("junior");
        assertThat(partial.recommend(Map.of("years", "3"))).isEmpty();
        assertThat(partial.problems(Map.of("years", "3"))).isEmpty();
    }

    @Test
    void aFrameworkWithoutAGuideOffersNone() {
        assertThat(EligibilityGuide.NONE.isOffered()).isFalse();
        assertThat(EligibilityGuide.NONE.recommend(Map.of())).isEmpty();
    }

    @Test
    void practiceCountsAsCurrentForTheYearsTheFileGives() throws Exception {
        Framework framework = FrameworkFileReaderTests.shipped();
        assertThat(framework.practiceCurrentForYears()).isEqualTo(3);
        assertThat(framework.practiceCurrentSince(Instant.parse("2026-11-25T10:00:00Z"))).isEqualTo(Instant.parse("2023-11-25T10:00:00Z"));
    }

    private static Map<String, String> with(Map<String, String> answers, String key, String value) {
        Map<String, String> all = new java.util.HashMap<>(answers);
        all.put(key, value);
        return all;
    }
}
