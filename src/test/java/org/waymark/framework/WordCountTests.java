package org.waymark.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTests {

    @Test
    void countsWhitespaceSeparatedWordsAfterMarkupIsRemoved() {
        assertThat(WordCount.of("<p>I led the <strong>evaluation</strong> of three tools.</p>")).isEqualTo(7);
        assertThat(WordCount.of("<p>one</p><p>two</p>")).isEqualTo(2);
        assertThat(WordCount.of("<ul><li>a</li><li>b</li></ul>")).isEqualTo(2);
        assertThat(WordCount.of("word&nbsp;word")).isEqualTo(2);
    }

    @Test
    void noBreakSpacesAtTheEdgesAreNotWords() {
        // As the editor's live count (editor.js) counts them: String.strip() alone keeps a leading U+00A0.
        assertThat(WordCount.of("\u00a0literal non-breaking\u00a0spaces\u00a0")).isEqualTo(3);
        assertThat(WordCount.of("\u00a0")).isZero();
    }

    @Test
    void emptyTextHasNoWords() {
        assertThat(WordCount.of(null)).isZero();
        assertThat(WordCount.of("")).isZero();
        assertThat(WordCount.of("<p></p><br>")).isZero();
    }

    @Test
    void aLinkCountsAsTheWordsOfItsText() {
        assertThat(WordCount.of("<p>See <a href=\"https://example.org/a/very/long/path\">the report</a>.</p>")).isEqualTo(3);
    }
}
