package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.waymark.portfolio.EditorSplice;

/**
 * A splice of whole blocks, kept blocks taken as stored: the same text, words and cuts as sanitising the whole new
 * text, and nothing at all when it does not fit the stored text.
 */
class TextSpliceTests {

    @Test
    void aSpliceGivesWhatTheWholeNewTextGives() {
        String base = paragraphs(40, "first");
        String text = base.replace("Paragraph 20 first", "Paragraph 20, rewritten with <strong>bold</strong>,");
        assertSameAsWhole(base, text);
    }

    @Test
    void randomEditsGiveWhatTheWholeNewTextGives() {
        Random random = new Random(17);
        String[] blocks = {"<p>Plain words here.</p>", "<p>A <a href=\"https://example.org/a?b=c&amp;d=e\">link</a> and more.</p>",
            "<h2>A heading</h2>", "<ul><li>one</li><li><em>two</em></li></ul>", "<p>Don't \"quote\" me &amp; you@example.org</p>",
            "<table><tbody><tr><th>H</th></tr><tr><td>&nbsp;</td></tr></tbody></table>", "<p onclick=\"x()\">Handled</p>",
            "<hr>", "<p>a<br>b</p>", "\n<p>After a line break</p>", "<p></p>", "<blockquote>Quoted</blockquote>"};
        String[] edits = {"x", " ", "", "<p>New</p>", "</p><p>", "<div>", "loose", "<h3>", "\n", "<p>Two</p><p>blocks</p>"};
        int spliced = 0;
        for (int round = 0; round < 1_500; round++) {
            StringBuilder base = new StringBuilder();
            while (base.length() < 2_100) {
                base.append(blocks[random.nextInt(blocks.length)]);
            }
            StringBuilder text = new StringBuilder(base);
            int at = random.nextInt(text.length());
            int end = Math.min(text.length(), at + random.nextInt(60));
            text.replace(at, end, edits[random.nextInt(edits.length)]);
            if (assertSameAsWhole(base.toString(), text.toString())) {
                spliced++;
            }
        }
        // Many random edits land inside a tag and leave no text the cutter can cut: those go whole, as they should.
        assertThat(spliced).as("edits spliced (the rest go whole)").isGreaterThan(150);
    }

    @Test
    void typingInTheWordsOfAParagraphAlwaysSplices() {
        Random random = new Random(23);
        String base = paragraphs(45, "typed");
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder(base);
            int at;
            do {
                at = random.nextInt(text.length());
            } while (!Character.isLetter(text.charAt(at)) || text.lastIndexOf("<", at) > text.lastIndexOf(">", at));
            text.insert(at, random.nextBoolean() ? " more words" : "\u00e9\ud83d\ude00");
            assertThat(assertSameAsWhole(base, text.toString())).as("spliced: %s", text).isTrue();
        }
    }

    @Test
    void aSpliceThatDoesNotFitTheStoredTextGivesNothing() {
        String base = paragraphs(40, "first");
        BlockwiseSanitiser.Sanitised saved = BlockwiseSanitiser.sanitise(base);
        TextCuts cuts = saved.cuts();
        assertThat(cuts).isNotNull();
        String stored = saved.result().html();
        int n = cuts.size();

        assertThat(new TextSplice(3, 4, "<p>x</p>", n + 1).applyTo(stored, cuts)).as("another number of blocks").isNull();
        assertThat(new TextSplice(4, 3, "<p>x</p>", n).applyTo(stored, cuts)).as("backwards").isNull();
        assertThat(new TextSplice(-1, 3, "<p>x</p>", n).applyTo(stored, cuts)).isNull();
        assertThat(new TextSplice(3, n + 1, "<p>x</p>", n).applyTo(stored, cuts)).isNull();
        assertThat(new TextSplice(3, 4, "<p>x</p>", n).applyTo(stored + " ", cuts)).as("a stored text the cuts do not add up to").isNull();
        assertThat(new TextSplice(3, 4, "<p>x</p>", n).applyTo(stored, null)).as("no cuts stored").isNull();
        assertThat(new TextSplice(3, 4, "loose <p>x</p>", n).applyTo(stored, cuts)).as("not whole blocks").isNull();
        assertThat(new TextSplice(3, 4, "<p>x</p> ", n).applyTo(stored, cuts)).as("white space before a kept block").isNull();
        assertThat(new TextSplice(3, 4, "<p>" + "x".repeat(SectionDraft.LONGEST_TEXT) + "</p>", n).applyTo(stored, cuts))
                .as("too long").isNull();
        assertThat(TextSplice.parse("1,2", "<p>x</p>").applyTo(stored, cuts)).isNull();
        assertThat(TextSplice.parse("a,b,c", "<p>x</p>").applyTo(stored, cuts)).isNull();
        assertThat(TextSplice.parse(null, "<p>x</p>")).isEqualTo(TextSplice.UNUSABLE);
        assertThat(new TextSplice(3, 4, "<p>x</p>", n).applyTo(stored, cuts)).as("one that fits").isNotNull();
    }

    @Test
    void theCutsColumnHoldsTheThreeTextsAndReadsBackWhatItWrote() {
        TextCuts description = BlockwiseSanitiser.sanitise(paragraphs(40, "d")).cuts();
        TextCuts evidence = BlockwiseSanitiser.sanitise(paragraphs(45, "e")).cuts();
        String column = TextCuts.column(description, null, evidence);
        TextCuts[] read = TextCuts.ofColumn(column);
        assertThat(read[0]).isEqualTo(description);
        assertThat(read[1]).isNull();
        assertThat(read[2]).isEqualTo(evidence);
        assertThat(TextCuts.column(null, null, null)).isNull();
        assertThat(TextCuts.ofColumn("not|cuts")).containsOnlyNulls();
        assertThat(TextCuts.ofColumn("1.2|x.y.z|")).containsOnlyNulls();
    }

    /** Splices base into text as the editor would and compares with the whole text's result; whether it spliced. */
    private static boolean assertSameAsWhole(String base, String text) {
        BlockwiseSanitiser.Sanitised saved = BlockwiseSanitiser.sanitise(base);
        BlockwiseSanitiser.Sanitised whole = BlockwiseSanitiser.sanitise(text);
        if (saved.cuts() == null) {
            return false;
        }
        EditorSplice sent = EditorSplice.of(base, lengths(saved.cuts()), text);
        BlockwiseSanitiser.Sanitised spliced = TextSplice.parse(sent.field(), sent.with()).applyTo(saved.result().html(), saved.cuts());
        if (spliced == null) {
            return false; // the editor sends the whole text then
        }
        assertThat(spliced.result().html()).as("%s%n->%n%s", base, text).isEqualTo(whole.result().html());
        assertThat(spliced.words()).isEqualTo(whole.words());
        assertThat(whole.result().removed()).containsAll(spliced.result().removed());
        if (whole.cuts() != null && spliced.cuts() != null) {
            assertThat(spliced.cuts()).isEqualTo(whole.cuts());
        }
        return true;
    }

    static int[] lengths(TextCuts cuts) {
        return cuts.blocks().stream().mapToInt(TextCuts.Cut::sent).toArray();
    }

    static String paragraphs(int count, String word) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            paragraphs.add("<p>Paragraph " + i + " " + word + " with <a href=\"https://example.org/" + i + "\">a link</a>.</p>");
        }
        return String.join("", paragraphs);
    }
}
