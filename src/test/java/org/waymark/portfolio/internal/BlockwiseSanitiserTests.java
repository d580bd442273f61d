package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.waymark.framework.WordCount;

/**
 * Sanitising a long text block by block, with each block's result remembered, must give exactly what sanitising it
 * whole gives: the same HTML, the same list of what was taken out, the same word count. Held here on the texts the
 * editor and pastes produce and on random ones, good and broken.
 */
class BlockwiseSanitiserTests {

    @Test
    void aLongTextFromTheEditorIsCutIntoItsBlocksAndSanitisedAsItWouldBeWhole() {
        String text = editorText(new Random(1), 40);
        assertThat(BlockwiseSanitiser.blocks(text)).as("cut into blocks").hasSizeGreaterThanOrEqualTo(40);
        assertSameAsWhole(text);
    }

    @Test
    void changingOneParagraphSanitisesThatParagraphAgainAndLooksUpTheRest() {
        Random random = new Random(2);
        String text = editorText(random, 30);
        BlockwiseSanitiser.cut(text);
        long before = BlockwiseSanitiser.remembered();
        String changed = text.replaceFirst("</p>", " and one more word</p>");
        BlockwiseSanitiser.Sanitised again = BlockwiseSanitiser.cut(changed);
        assertThat(BlockwiseSanitiser.remembered()).as("one new block remembered").isEqualTo(before + 1);
        assertThat(again.result().html()).contains("and one more word");
        assertSameAsWhole(changed);
    }

    @Test
    void whatTheSanitiserTakesOutOfABlockIsStillTakenOutAndReported() {
        String text = editorText(new Random(3), 10)
                + "<p onclick=\"steal()\">Hello <a href=\"javascript:alert(1)\">there</a></p>"
                + "<table><tr><td colspan=\"2\" onclick=\"x()\">cell</td></tr></table>"
                + "<h1>Big</h1><h5>Small</h5><div>In a div</div>";
        assertThat(BlockwiseSanitiser.blocks(text)).as("cut: every tag is one the cutter knows").isNotNull();
        assertSameAsWhole(text + "<p title=\"a<b>c\">quoted</p>");
        BlockwiseSanitiser.Sanitised blockwise = BlockwiseSanitiser.cut(text);
        assertThat(blockwise.result().html()).doesNotContain("onclick", "javascript").contains("<h2>Big</h2>", "<p>In a div</p>");
        assertThat(blockwise.result().removed()).contains("script in an attribute (onclick)",
                "a link address that was not http, https or mailto");
        assertSameAsWhole(text);
    }

    @Test
    void textsTheCutterIsUnsureOfGoThroughWhole() {
        String good = editorText(new Random(4), 10);
        for (String odd : List.of("<!-- a comment --><p>x</p>", "loose text<p>x</p>", "<p>open", "<p>x</b></p>",
                "<script>alert('<p>')</script>", "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>Item</p>",
                "<p>x</p><br>", "<p>Fine <img src=x onerror=alert(1)> words</p>", "<a href=\"https://example.org\">top-level link</a>", "<p title=a<b>x</p>", "<o:p></o:p>")) {
            String text = good + odd + good;
            assertThat(BlockwiseSanitiser.blocks(text)).as(odd).isNull();
            assertSameAsWhole(text);
        }
    }

    @Test
    void randomTextsGiveWhatTheWholeTextGives() {
        Random random = new Random(20261201);
        int cut = 0;
        for (int i = 0; i < 2_000; i++) {
            String text = randomText(random);
            if (BlockwiseSanitiser.blocks(text) != null) {
                cut++;
            }
            assertSameAsWhole(text);
        }
        assertThat(cut).as("texts that were cut (the comparison means something)").isGreaterThan(500);
    }

    private static void assertSameAsWhole(String text) {
        RichText.Result whole = RichText.sanitise(text);
        BlockwiseSanitiser.Sanitised blockwise = BlockwiseSanitiser.cut(text);
        assertThat(blockwise.result().html()).as("html of %s", text).isEqualTo(whole.html());
        assertThat(blockwise.result().removed()).as("removed from %s", text).isEqualTo(whole.removed());
        assertThat(blockwise.words()).as("words of %s", text).isEqualTo(WordCount.of(whole.html()));
        BlockwiseSanitiser.Sanitised again = BlockwiseSanitiser.cut(text); // now from what was remembered
        assertThat(again.result()).isEqualTo(blockwise.result());
        assertThat(again.words()).isEqualTo(blockwise.words());
    }

    /** What a browser's contenteditable sends: paragraphs with links, emphasis, entities, now and then a list or heading. */
    private static String editorText(Random random, int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            switch (random.nextInt(8)) {
                case 0 -> text.append("<h3>").append(words(random, 4)).append("</h3>");
                case 1 -> text.append("<ul><li>").append(words(random, 6)).append("</li><li>").append(inline(random, 8))
                        .append("</li></ul>");
                default -> text.append("<p>").append(inline(random, 60)).append("</p>");
            }
        }
        return text.toString();
    }

    private static String inline(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(random.nextInt(10) == 0 ? "&nbsp;" : " ");
            }
            switch (random.nextInt(20)) {
                case 0 -> text.append("<a href=\"https://example.org/").append(i).append("?a=1&amp;b=2\">").append(words(random, 2)).append("</a>");
                case 1 -> text.append("<strong>").append(words(random, 1)).append("</strong>");
                case 2 -> text.append("<em>").append(words(random, 2)).append("</em>");
                case 3 -> text.append("<br>");
                case 4 -> text.append("it's \"quoted\" = 2 + 2 @ home &amp; &lt;fine&gt;");
                default -> text.append(words(random, 1));
            }
        }
        return text.toString();
    }

    private static final String[] WORDS = {"learning", "technology", "Moodle", "reflection", "evidence", "CMALT", "café",
            "students", "I", "a", "the", "accessibility", "colleagues", "über", "naïve", "2026"};

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(" ", words);
    }

    /** Blocks of every kind the cutter knows, with whitespace between, odd cases and now and then something broken. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        if (random.nextInt(10) == 0) {
            text.append(" \n");
        }
        int blocks = 1 + random.nextInt(12);
        for (int b = 0; b < blocks; b++) {
            text.append(switch (random.nextInt(16)) {
                case 0 -> "<H2>" + words(random, 3) + "</H2>";
                case 1 -> "<h1>" + words(random, 2) + "</h1>";
                case 2 -> "<h5 class=\"x\">" + inline(random, 3) + "</h5>";
                case 3 -> "<ol><li>" + inline(random, 5) + "<ul><li>" + words(random, 2) + "</li></ul></li></ol>";
                case 4 -> "<blockquote><p>" + inline(random, 10) + "</p></blockquote>";
                case 5 -> "<table><thead><tr><th scope=\"col\">" + words(random, 1) + "</th></tr></thead><tbody><tr><td rowspan=\"2\">"
                        + inline(random, 4) + "</td></tr></tbody></table>";
                case 6 -> "<table><tr><td>" + words(random, 2) + "</td></tr></table>";
                case 7 -> "<pre><code>" + words(random, 5) + "\n  " + words(random, 3) + "</code></pre>";
                case 8 -> "<hr>";
                case 9 -> "<div>" + inline(random, 6) + "</div>";
                case 10 -> "<p style=\"color: red\" onmouseover=\"x()\"><span style=\"font-family:'A>B'\">" + inline(random, 5)
                        + "</span></p>";
                case 11 -> "<h2><p>" + words(random, 3) + "</p><p>" + words(random, 2) + "</p></h2>";
                case 12 -> "<p><b id=\"docs-internal-guid-1\"><p>" + words(random, 2) + "</p></b></p>";
                case 13 -> "<ul><li><h3>" + words(random, 2) + "</h3></li></ul>";
                case 14 -> random.nextInt(4) == 0 ? "<p>broken <b>bold</p>" : "<p></p>";
                default -> "<p>" + inline(random, 12) + "</p>";
            });
            text.append(switch (random.nextInt(6)) {
                case 0 -> "\n";
                case 1 -> "  \n\t";
                default -> "";
            });
        }
        return text.toString();
    }
}
