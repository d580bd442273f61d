package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class RichTextTests {

    @Test
    void keepsTheStructureThatPortfoliosUse() {
        String html = "<h2>Pilot</h2><p>I <strong>led</strong> it.</p><ul><li>one</li></ul>"
                + "<table><tbody><tr><th>Tool</th></tr><tr><td>Quiz</td></tr></tbody></table>"
                + "<p><a href=\"https://example.org/report\">report</a></p>";
        RichText.Result result = RichText.sanitise(html);
        assertThat(result.html()).contains("<h2>Pilot</h2>", "<strong>led</strong>", "<ul><li>one</li></ul>", "<table>",
                "<th>Tool</th>", "href=\"https://example.org/report\"");
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void removesScriptsAndTellsTheWriter() {
        RichText.Result result = RichText.sanitise("<p onclick=\"steal()\">Hello</p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">x</a>");
        assertThat(result.html()).doesNotContain("script", "onclick", "javascript");
        assertThat(result.html()).contains("Hello");
        assertThat(result.removed()).contains("a script").anyMatch(r -> r.contains("onclick"))
                .anyMatch(r -> r.contains("link address"));
    }

    @Test
    void wordFormattingNoiseIsDroppedQuietlyAndStructureKept() {
        String word = "<p class=MsoNormal style='margin:0'><span style='font-family:Calibri'>Plain <b>bold</b></span><o:p></o:p></p>"
                + "<h1>Title</h1><div>Block</div>";
        RichText.Result result = RichText.sanitise(word);
        assertThat(result.html()).contains("<p>Plain <b>bold</b></p>", "<h2>Title</h2>", "<p>Block</p>")
                .doesNotContain("style", "class");
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void plainTextFromATextAreaBecomesParagraphs() {
        RichText.Result result = RichText.sanitise("First line\nsame paragraph\n\nSecond & last");
        assertThat(result.html()).isEqualTo("<p>First line<br />same paragraph</p><p>Second &amp; last</p>");
    }

    @Test
    void linksToTheCandidatesOwnEvidenceItemsAreKept() {
        RichText.Result result = RichText.sanitise("<p>See <a href=\"/portfolios/p1/evidence/e1/file\">the report</a></p>");
        assertThat(result.html()).contains("href=\"/portfolios/p1/evidence/e1/file\"");
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void imagesAreRemovedWithAHintToUseEvidence() {
        RichText.Result result = RichText.sanitise("<p>See <img src=\"x.png\"></p>");
        assertThat(result.removed()).anyMatch(r -> r.contains("add images as evidence"));
    }

    // ---- Block structure: what a paste must not leave behind ----

    @Test
    void paragraphsPastedInsideAHeadingComeOutAsParagraphs() {
        RichText.Result result = RichText.sanitise("<h2><p>First paragraph.</p><p>Second paragraph.</p></h2>");
        assertThat(result.html()).isEqualTo("<p>First paragraph.</p><p>Second paragraph.</p>");
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void aHeadingKeepsItsOwnTextWhenBlocksWereNestedInIt() {
        RichText.Result result = RichText.sanitise("<h3>Pilot <em>one</em><p>It went well.</p>After</h3>");
        assertThat(result.html()).isEqualTo("<h3>Pilot <em>one</em></h3><p>It went well.</p><h3>After</h3>");
    }

    @Test
    void headingsInsideListItemsAndTableCellsBecomeBoldText() {
        RichText.Result result = RichText.sanitise("<ul><li><h2>Aim</h2>to reach everyone</li><li><h3>Only a heading</h3></li></ul>"
                + "<table><tbody><tr><th><h4>Measure</h4></th><td><h2>Result</h2></td></tr></tbody></table>");
        assertThat(result.html()).isEqualTo("<ul><li><strong>Aim</strong><br />to reach everyone</li><li><strong>Only a heading</strong></li></ul>"
                + "<table><tbody><tr><th><strong>Measure</strong></th><td><strong>Result</strong></td></tr></tbody></table>");
    }

    @Test
    void aBoldWrapperAroundBlocksIsDroppedAndTheBlocksKept() {
        RichText.Result result = RichText.sanitise("<b id=\"docs-internal-guid-1\"><p>One</p><p>Two <b>bold</b></p></b>");
        assertThat(result.html()).isEqualTo("<p>One</p><p>Two <b>bold</b></p>");
    }

    @Test
    void emptyHeadingsAreDropped() {
        assertThat(RichText.sanitise("<h2> </h2><p>Text</p><h3><br></h3>").html()).isEqualTo("<p>Text</p>");
    }

    @Test
    void aPasteFromWordKeepsEveryWordAndItsStructure() {
        RichText.Result result = RichText.sanitise(fixture("word-365.html"));
        String html = result.html().replaceAll("\\s+", " ");
        assertThat(html).startsWith("<h2>Moving the induction course online</h2>")
                .contains("<b>virtual learning environment</b>", "<i>before</i>", "<h2>What the evaluation showed</h2>",
                        "<p>Three things shaped the design:</p> <ul><li>accessibility of every activity</li><li>short videos with captions</li>"
                                + "<li>a mentor for each new colleague</li></ul><h2>What the evaluation showed</h2>",
                        "<td> <strong>Measure</strong> </td>", "<td> <p><b>Result</b></p> </td>", "92% within two weeks",
                        "<a href=\"https://intranet.example.ac.uk/induction/report\" rel=\"noopener noreferrer\">staff intranet</a>")
                .doesNotContain("mso", "class", "style", "o:p", "Symbol", "\u00b7", "<h2><p>", "@font-face", "StartFragment");
        assertThat(result.removed()).isEmpty();
        assertNoBlockInsideAHeading(html);
    }

    @Test
    void aPasteFromGoogleDocsKeepsEveryWordAndItsStructure() {
        RichText.Result result = RichText.sanitise(fixture("google-docs.html"));
        String html = result.html();
        assertThat(html).startsWith("<h2>Peer observation of online teaching</h2><p>With two colleagues")
                .contains("scheme of peer observation for live online seminars.</p>", "<h2>What we agreed</h2>",
                        "<ul><li><p>a shared checklist</p></li><li><strong>feedback within a week</strong></li></ul>",
                        "<a href=\"https://docs.example.org/observation-checklist\" rel=\"noopener noreferrer\">checklist</a>")
                .doesNotContain("docs-internal-guid", "<b>", "style", "dir=", "role=");
        assertThat(result.removed()).isEmpty();
        assertNoBlockInsideAHeading(html);
    }

    @Test
    void wordsNumberedListBecomesAnOrderedList() {
        String word = "<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span>1.<span "
                + "style='font:7.0pt'>&nbsp;&nbsp; </span></span><![endif]>Plan</p>\n<p class=MsoListParagraphCxSpLast "
                + "style='mso-list:l1 level1 lfo2'><![if !supportLists]><span>2.<span>&nbsp; </span></span><![endif]>Do</p>"
                + "<p class=MsoNormal>After</p>";
        assertThat(RichText.sanitise(word).html()).isEqualTo("<ol><li>Plan</li><li>Do</li></ol><p>After</p>");
    }

    private static void assertNoBlockInsideAHeading(String html) {
        assertThat(html).doesNotContainPattern("<h[2-4]>(?:(?!</h[2-4]>).)*<(p|ul|ol|li|table|h[2-4]|blockquote|pre)[ >]");
    }

    private static String fixture(String name) {
        try (InputStream in = RichTextTests.class.getResourceAsStream("/paste/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Heading levels as pages show them ----

    @Test
    void storedHeadingsAreShownBelowTheSectionAndItsPart() {
        assertThat(RichText.forReading("<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6><p>h2 stays text</p>"))
                .isEqualTo("<h4>a</h4><h4>b</h4><h5>c</h5><h6>d</h6><h6>e</h6><h6>f</h6><p>h2 stays text</p>");
        assertThat(RichText.forReading(null)).isEmpty();
    }

    @Test
    void headingLevelsAreShiftedByTwoWithinFourToSix() {
        assertThat(RichText.shownLevel(1)).isEqualTo(4);
        assertThat(RichText.shownLevel(2)).isEqualTo(4);
        assertThat(RichText.shownLevel(3)).isEqualTo(5);
        assertThat(RichText.shownLevel(4)).isEqualTo(6);
        assertThat(RichText.shownLevel(6)).isEqualTo(6);
    }

    @Test
    void findsWordsMarkersInAnyCase() {
        assertThat(RichText.containsIgnoreCase("<p style='MSO-LIST:l0'>", "mso-list")).isTrue();
        assertThat(RichText.containsIgnoreCase("<![if !supportLists]>", "supportlists")).isTrue();
        assertThat(RichText.containsIgnoreCase("mso-lis", "mso-list")).isFalse();
        assertThat(RichText.containsIgnoreCase("", "mso-list")).isFalse();
    }
}
