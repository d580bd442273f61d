package org.waymark.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word guidance advises and never blocks; the limits themselves are within the guidance. */
class WordGuidanceTests {

    private final WordGuidance plans = new WordGuidance(200, 500);

    @Test
    void exactlyTheMinimumOrTheMaximumIsWithinTheGuidance() {
        assertThat(plans.adviceFor(200)).isNull();
        assertThat(plans.adviceFor(500)).isNull();
        assertThat(plans.adviceFor(350)).isNull();
    }

    @Test
    void oneWordUnderTheMinimumIsShorterThanSuggested() {
        assertThat(plans.adviceFor(199)).isEqualTo("Shorter than the suggested 200-500 words");
    }

    @Test
    void oneWordOverTheMaximumIsLongerThanSuggested() {
        assertThat(plans.adviceFor(501)).isEqualTo("Longer than the suggested 200-500 words");
    }

    @Test
    void anEmptyTextGetsNoAdviceSinceTheChecklistAlreadySaysItIsMissing() {
        assertThat(plans.adviceFor(0)).isNull();
    }

    @Test
    void aSectionWithoutGuidanceNeverGetsAdvice() {
        assertThat(WordGuidance.NONE.isSet()).isFalse();
        assertThat(plans.isSet()).isTrue();
        assertThat(WordGuidance.NONE.adviceFor(1)).isNull();
        assertThat(WordGuidance.NONE.adviceFor(100_000)).isNull();
        assertThat(new WordGuidance(0, 1).isSet()).isTrue();
    }
}
