package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
