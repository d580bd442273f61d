package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.portfolio.internal.SectionRevision.Kind;

class AutomaticRevisionsTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final WordCounts UNCHANGED = new WordCounts(200, 200, 200);

    static WordCounts reflection(int words) {
        return new WordCounts(200, words, 200);
    }

    static Optional<Kind> autosave(WordCounts before, WordCounts after, Duration sinceLastRevision) {
        return AutomaticRevisions.forAutosave(before, after, NOW.minus(sinceLastRevision), NOW)
                .map(AutomaticRevisions.Keep::kind);
    }

    @Nested
    class BeforeALargeRemoval {

        @Test
        void removingMoreThanHalfAndAtLeastFiftyWordsKeepsTheTextFirst() {
            assertThat(AutomaticRevisions.isLargeRemoval(101, 50)).isTrue(); // 51 of 101: more than half
            assertThat(AutomaticRevisions.isLargeRemoval(1_320, 0)).isTrue();
        }

        @Test
        void exactlyHalfIsNotMoreThanHalf() {
            assertThat(AutomaticRevisions.isLargeRemoval(100, 50)).isFalse();
            assertThat(AutomaticRevisions.isLargeRemoval(102, 51)).isFalse();
            assertThat(AutomaticRevisions.isLargeRemoval(102, 50)).isTrue();
        }

        @Test
        void exactlyFiftyWordsRemovedIsEnoughAndFortyNineIsNot() {
            assertThat(AutomaticRevisions.isLargeRemoval(50, 0)).isTrue();
            assertThat(AutomaticRevisions.isLargeRemoval(49, 0)).isFalse();
            assertThat(AutomaticRevisions.isLargeRemoval(60, 10)).isTrue();
            assertThat(AutomaticRevisions.isLargeRemoval(60, 11)).isFalse();
        }

        @Test
        void addingWordsIsNeverARemoval() {
            assertThat(AutomaticRevisions.isLargeRemoval(0, 500)).isFalse();
        }

        @Test
        void eachFieldIsJudgedOnItsOwnAndTheReasonNamesItWithTheCounts() {
            Optional<AutomaticRevisions.Keep> keep = AutomaticRevisions.beforeLargeRemoval(
                    new WordCounts(1_000, 1_320, 40), new WordCounts(1_000, 0, 0));
            assertThat(keep).map(AutomaticRevisions.Keep::kind).contains(Kind.AUTO_BEFORE_REMOVAL);
            assertThat(keep.orElseThrow().reason()).contains("the reflection from 1,320 words to 0")
                    .doesNotContain("evidence").doesNotContain("description");
            // A field that loses fewer than 50 words keeps nothing, whatever happens elsewhere ...
            assertThat(AutomaticRevisions.beforeLargeRemoval(new WordCounts(100, 0, 0), new WordCounts(51, 49, 0))).isEmpty();
            // ... and a large removal from one field counts even if another grows.
            assertThat(AutomaticRevisions.beforeLargeRemoval(new WordCounts(100, 0, 0), new WordCounts(0, 500, 0))).isPresent();
        }

        @Test
        void aLargeRemovalIsKeptEvenRightAfterAnotherRevision() {
            assertThat(autosave(reflection(300), reflection(0), Duration.ofSeconds(5))).contains(Kind.AUTO_BEFORE_REMOVAL);
        }
    }

    @Nested
    class ByTime {

        @Test
        void theFirstSaveOfASectionWithoutAnyRevisionKeepsOne() {
            assertThat(AutomaticRevisions.forAutosave(UNCHANGED, UNCHANGED, null, NOW).map(AutomaticRevisions.Keep::kind))
                    .contains(Kind.AUTO_AFTER_BREAK);
        }

        @Test
        void exactlyThirtyMinutesWithoutARevisionIsABreak() {
            assertThat(autosave(UNCHANGED, UNCHANGED, Duration.ofMinutes(30))).contains(Kind.AUTO_AFTER_BREAK);
            assertThat(autosave(UNCHANGED, UNCHANGED, Duration.ofMinutes(30).minusSeconds(1))).contains(Kind.AUTO_WHILE_EDITING);
        }

        @Test
        void exactlyTenMinutesOfWritingKeepsOneAndLessDoesNot() {
            assertThat(autosave(UNCHANGED, UNCHANGED, Duration.ofMinutes(10))).contains(Kind.AUTO_WHILE_EDITING);
            assertThat(autosave(UNCHANGED, UNCHANGED, Duration.ofMinutes(10).minusNanos(1_000))).isEmpty();
            assertThat(autosave(UNCHANGED, UNCHANGED, Duration.ZERO)).isEmpty();
        }

        @Test
        void theReasonSaysWhyInWords() {
            assertThat(AutomaticRevisions.forAutosave(UNCHANGED, UNCHANGED, NOW.minus(Duration.ofHours(2)), NOW)
                    .orElseThrow().reason()).startsWith("First save after 30 minutes or more without a revision");
            assertThat(AutomaticRevisions.forAutosave(UNCHANGED, UNCHANGED, NOW.minus(Duration.ofMinutes(12)), NOW)
                    .orElseThrow().reason()).startsWith("Kept at least every 10 minutes while you write");
        }

        @Test
        void anExplicitSaveKeepsAnAutomaticRevisionOnlyForALargeRemoval() {
            assertThat(AutomaticRevisions.beforeLargeRemoval(UNCHANGED, UNCHANGED)).isEmpty();
        }
    }

    @Test
    void everyAutomaticKindIsMarkedAutomaticAndFitsItsColumn() {
        assertThat(Kind.values()).filteredOn(Kind::automatic)
                .containsExactlyInAnyOrder(Kind.AUTO_BEFORE_REMOVAL, Kind.AUTO_AFTER_BREAK, Kind.AUTO_WHILE_EDITING);
        assertThat(Kind.values()).allSatisfy(kind -> assertThat(kind.name().length()).isLessThanOrEqualTo(20));
    }
}
