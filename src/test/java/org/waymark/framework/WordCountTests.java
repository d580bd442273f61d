package org.waymark.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

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

    /** The rule as it was first written, with regular expressions: the fast passes must agree with it everywhere. */
    static int byRegularExpressions(String html) {
        if (html == null || html.isBlank()) {
            return 0;
        }
        String spaced = Pattern.compile("<(/?(p|br|li|ul|ol|h[1-6]|div|td|th|tr|table|thead|tbody|tfoot|caption|blockquote|pre|hr))\\b[^>]*>",
                Pattern.CASE_INSENSITIVE).matcher(html).replaceAll(" ");
        String text = Pattern.compile("[\\s\\u00a0]+").matcher(Pattern.compile("&(nbsp|#160);")
                .matcher(Pattern.compile("<[^>]*>").matcher(spaced).replaceAll("")).replaceAll(" ")).replaceAll(" ").strip();
        return text.isEmpty() ? 0 : text.split(" ").length;
    }

    @Test
    void countsExactlyAsTheRegularExpressionsDidOnAwkwardText() {
        String[] pieces = {"<p>", "</p>", "<P class=x>", "<pre>", "<pré>", "<px>", "<br/>", "<BR>", "<h1>", "<h7>", "</h4 >",
                "<a href=\"https://example.org/a>b\">", "<strong>", "</em>", "<", ">", "< p>", "</", "&nbsp;", "&#160;",
                "&nb", "sp;", "&amp;", "\u00a0", "\u2003", "\u001c", " ", "  ", "\t", "\n", "\r\n", "word", "two words",
                "é", "x_y", "<blockquote>", "<table><tr><td>", "<li>", "<ul", "<!-- c -->", "<div", "v>", "&", ";"};
        Random random = new Random(20261130);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder html = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = html.toString();
            assertThat(WordCount.of(text)).as("words in [%s]", text).isEqualTo(byRegularExpressions(text));
        }
    }
}
