package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.waymark.portfolio.AccessibilityAdviceSummary;
import org.waymark.portfolio.evidence.EvidenceKind;
import org.waymark.portfolio.evidence.EvidenceSummary;
import org.waymark.portfolio.internal.AccessibilityAdvice.Finding;
import org.waymark.portfolio.internal.AccessibilityAdvice.Kind;
import org.waymark.portfolio.internal.AccessibilityAdvice.Part;
import org.waymark.portfolio.internal.AccessibilityAdvice.SectionText;

class AccessibilityAdviceTests {

    static final UUID PORTFOLIO = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    static final UUID SECTION = UUID.fromString("00000000-0000-0000-0000-0000000000bb");

    /** The findings for one reflection, as the candidate stored it (sanitised on the way in). */
    static List<Finding> reflection(String typed) {
        String stored = RichText.sanitise(typed).html();
        SectionText section = new SectionText(SECTION, "1a Operational issues",
                List.of(new Part("description", "Description", ""), new Part("reflection", "Reflection", stored)));
        return AccessibilityAdvice.check(PORTFOLIO, List.of(section), List.of()).groups().stream()
                .flatMap(g -> g.findings().stream()).toList();
    }

    static List<Kind> kinds(List<Finding> findings) {
        return findings.stream().map(Finding::kind).toList();
    }

    static String words(int n, String word) {
        return String.join(" ", java.util.Collections.nCopies(n, word));
    }

    @Nested
    class Links {

        @Test
        void clickHereAndItsFriendsAreFlaggedWithTheirWordsAndAddress() {
            for (String vague : List.of("click here", "Here", "read more", "this link", "link", "Click here.", "“here”",
                    "Read more »")) {
                List<Finding> findings = reflection("<p>The report is <a href=\"https://example.org/report\">" + vague + "</a> for you.</p>");
                assertThat(kinds(findings)).as(vague).containsExactly(Kind.LINK_TEXT);
                assertThat(findings.getFirst().quote()).as(vague).contains(vague.strip()).contains("https://example.org/report");
            }
        }

        @Test
        void aBareWebAddressAsTheWordsIsFlagged() {
            for (String address : List.of("https://example.org/report", "www.example.org", "example.org/report.pdf", "example.org/report")) {
                List<Finding> findings = reflection("<p>See <a href=\"https://example.org/report/\">" + address + "</a></p>");
                assertThat(kinds(findings)).as(address).containsExactly(Kind.LINK_TEXT);
                assertThat(findings.getFirst().advice()).contains("web address");
            }
        }

        @Test
        void descriptiveLinksAndEmailAddressesAreFine() {
            assertThat(reflection("<p>Read <a href=\"https://example.org/report\">the 2025 evaluation report of our VLE pilot</a>.</p>"
                    + "<p>Write to <a href=\"mailto:dean@example.ac.uk\">dean@example.ac.uk</a>.</p>"
                    + "<p>We used <a href=\"https://nodejs.org\">Node.js</a> and <a href=\"https://example.org\">more than one tool</a>.</p>"))
                    .isEmpty();
        }

        @Test
        void aLinkWithNoWordsIsFlagged() {
            assertThat(kinds(reflection("<p>Text <a href=\"https://example.org/x\"> </a> more text.</p>"))).containsExactly(Kind.LINK_TEXT);
        }
    }

    @Nested
    class Italics {

        @Test
        void moreThanThirtyWordsInARowInItalicsIsFlaggedOnce() {
            List<Finding> findings = reflection("<p>As the report said: <em>" + words(31, "learning") + "</em> and so on with plenty "
                    + words(40, "more") + ".</p>");
            assertThat(kinds(findings)).containsExactly(Kind.ITALICS);
            assertThat(findings.getFirst().advice()).startsWith("31 words in a row").contains("dyslexic");
            assertThat(findings.getFirst().quote()).startsWith("learning learning").endsWith("…");
        }

        @Test
        void aRunCarriesOnAcrossParagraphsAndNestedFormatting() {
            assertThat(kinds(reflection("<p><i>" + words(20, "one") + "</i></p><p><i>" + words(5, "two")
                    + " <strong>three</strong> " + words(6, "four") + "</i></p>" + "<p>" + words(60, "plain") + "</p>")))
                    .containsExactly(Kind.ITALICS);
        }

        @Test
        void thirtyWordsInItalicsOrShortItalicTitlesAreFine() {
            assertThat(reflection("<p>I read <em>" + words(30, "word") + "</em> then " + words(40, "plain") + "</p>")).isEmpty();
            assertThat(reflection("<p>I read <em>Teaching in a Digital Age</em> and <i>Small Teaching Online</i> this year.</p>")).isEmpty();
        }

        @Test
        void moreThanHalfOfAPartInShortItalicRunsIsFlagged() {
            String html = "<p>" + ("<em>" + words(10, "slanted") + "</em> upright. ").repeat(3) + "</p>";
            List<Finding> findings = reflection(html);
            assertThat(kinds(findings)).containsExactly(Kind.ITALICS);
            assertThat(findings.getFirst().advice()).startsWith("30 of this part's 33 words are in italics");
        }

        @Test
        void aShortPartMostlyInItalicsIsFine() {
            assertThat(reflection("<p><em>Thanks to my mentor</em> for all the help.</p>")).isEmpty();
        }
    }

    @Nested
    class Capitals {

        @Test
        void moreThanFiveWordsInCapitalsIsFlagged() {
            List<Finding> findings = reflection("<p>Note: THIS IS VERY IMPORTANT FOR ALL STAFF to read.</p>");
            assertThat(kinds(findings)).containsExactly(Kind.CAPITALS);
            assertThat(findings.getFirst().quote()).isEqualTo("THIS IS VERY IMPORTANT FOR ALL STAFF");
            assertThat(findings.getFirst().advice()).startsWith("7 words in a row are in capitals");
        }

        @Test
        void singleLettersAndNumbersDoNotBreakARun() {
            assertThat(kinds(reflection("<p>IN 2025 I RAN A NEW COURSE FOR TUTORS.</p>"))).containsExactly(Kind.CAPITALS);
        }

        @Test
        void acronymsAndFiveWordsInCapitalsAreFine() {
            assertThat(reflection("<p>We moved the VLE to Moodle, with CMALT and UK GDPR in mind, and the ALT SIG agreed.</p>"
                    + "<h2>REFLECTION ON MY PRACTICE IN 2026</h2><p>Then SCORM, LTI, xAPI and QTI came up.</p>")).isEmpty();
        }
    }

    @Nested
    class Headings {

        @Test
        void aPartStartingBelowTheTopLevelIsFlagged() {
            List<Finding> findings = reflection("<h3>Findings</h3><p>Text.</p>");
            assertThat(kinds(findings)).containsExactly(Kind.HEADING_ORDER);
            assertThat(findings.getFirst().quote()).isEqualTo("Findings");
            assertThat(findings.getFirst().advice()).contains("first heading is a level 2 heading");
        }

        @Test
        void aJumpOfMoreThanOneLevelIsFlagged() {
            List<Finding> findings = reflection("<h2>Context</h2><p>a</p><h4>Detail</h4><p>b</p>");
            assertThat(kinds(findings)).containsExactly(Kind.HEADING_ORDER);
            assertThat(findings.getFirst().quote()).isEqualTo("Detail");
            assertThat(findings.getFirst().advice()).contains("level 3 heading follows a level 1 heading");
        }

        @Test
        void properlyOrderedHeadingsAndGoingBackUpAreFine() {
            assertThat(reflection("<h2>Context</h2><p>a</p><h3>Detail</h3><h4>More</h4><p>b</p><h2>Next</h2><h3>Again</h3>"))
                    .isEmpty();
        }

        @Test
        void eachPartStartsAfresh() {
            SectionText section = new SectionText(SECTION, "1a", List.of(new Part("description", "Description", "<h2>A</h2><h3>B</h3>"),
                    new Part("reflection", "Reflection", "<h2>C</h2>")));
            assertThat(AccessibilityAdvice.check(PORTFOLIO, List.of(section), List.of()).isEmpty()).isTrue();
        }
    }

    @Nested
    class Evidence {

        @Test
        void anImageWithoutAlternativeTextIsFlagged() {
            assertThat(evidence(file("image/png", "chart.png", null))).extracting(Finding::kind).containsExactly(Kind.IMAGE_TEXT);
            assertThat(evidence(file("image/jpeg", "a.jpg", "   "))).extracting(Finding::kind).containsExactly(Kind.IMAGE_TEXT);
        }

        @Test
        void alternativeTextThatIsAFileNameOrOneGenericWordIsFlagged() {
            for (String alt : List.of("IMG_1234.jpg", "IMG_1234", "DSC01234", "Screenshot 2026-03-01 at 10.15.png",
                    "PXL_20260301_101500", "poster-final.png", "poster-final", "Image", "screenshot.")) {
                List<Finding> findings = evidence(file("image/png", "poster-final.png", alt));
                assertThat(findings).as(alt).extracting(Finding::kind).containsExactly(Kind.IMAGE_TEXT);
                assertThat(findings.getFirst().quote()).as(alt).contains("alternative text");
            }
        }

        @Test
        void describedImagesAndDocumentsAreFine() {
            assertThat(evidence(file("image/png", "IMG_1234.png", "Bar chart: quiz scores rose from 52% to 71% after the change"))).isEmpty();
            assertThat(evidence(file("image/png", "p.png", "Photo 3 of the workshop: tutors grouped round a laptop"))).isEmpty();
            assertThat(evidence(file("application/pdf", "report.pdf", null))).isEmpty();
            assertThat(evidence(link("https://example.org/report", null))).isEmpty();
        }

        @Test
        void audioAndVideoFilesWithoutATranscriptAreFlagged() {
            assertThat(evidence(file("audio/mpeg", "talk.mp3", null))).extracting(Finding::kind).containsExactly(Kind.TRANSCRIPT);
            assertThat(evidence(file("video/mp4", "demo.mp4", ""))).singleElement()
                    .satisfies(f -> assertThat(f.advice()).contains("video file has no transcript"));
            assertThat(evidence(file("video/mp4", "demo.mp4", "Transcript: Welcome to the course..."))).isEmpty();
        }

        @Test
        void linksToVideoAndAudioWithoutATranscriptAreFlagged() {
            for (String url : List.of("https://www.youtube.com/watch?v=abc", "https://youtu.be/abc", "https://vimeo.com/123",
                    "https://m.youtube.com/watch?v=x", "https://example.org/media/lecture.MP4", "https://example.org/pod.mp3",
                    "https://soundcloud.com/someone/episode")) {
                List<Finding> findings = evidence(link(url, null));
                assertThat(findings).as(url).extracting(Finding::kind).containsExactly(Kind.TRANSCRIPT);
                assertThat(findings.getFirst().advice()).as(url).startsWith("This link goes to");
            }
            assertThat(evidence(link("https://www.youtube.com/watch?v=abc", "Captions on YouTube; transcript: ..."))).isEmpty();
            assertThat(evidence(link("https://notyoutube.com/watch", null))).isEmpty();
        }

        @Test
        void aLinkStraightToAnImageNeedsAlternativeText() {
            assertThat(evidence(link("https://example.org/poster.jpg", null))).extracting(Finding::kind).containsExactly(Kind.IMAGE_TEXT);
        }

        @Test
        void evidenceFindingsLinkToTheItemsAlternativeText() {
            EvidenceSummary item = file("audio/mpeg", "talk.mp3", null);
            Finding finding = evidence(item).getFirst();
            assertThat(finding.path()).isEqualTo("/portfolios/" + PORTFOLIO + "/evidence/" + item.id() + "/edit#accessibleText");
            assertThat(finding.readingPath()).isEqualTo("/portfolios/" + PORTFOLIO + "/evidence");
            assertThat(finding.place()).isEqualTo("Evidence item");
            assertThat(finding.quote()).isEqualTo("Evidence talk.mp3");
        }

        List<Finding> evidence(EvidenceSummary item) {
            AccessibilityAdvice advice = AccessibilityAdvice.check(PORTFOLIO, List.of(), List.of(item));
            advice.groups().forEach(g -> assertThat(g.heading()).isEqualTo("Evidence items"));
            return advice.groups().stream().flatMap(g -> g.findings().stream()).toList();
        }

        EvidenceSummary file(String type, String name, String alt) {
            return new EvidenceSummary(UUID.randomUUID(), PORTFOLIO, EvidenceKind.FILE, "Evidence " + name, null, null, name,
                    type, 100L, alt, true, Instant.EPOCH);
        }

        EvidenceSummary link(String url, String transcript) {
            return new EvidenceSummary(UUID.randomUUID(), PORTFOLIO, EvidenceKind.LINK, "Link", null, url, null, null, null,
                    transcript, true, Instant.EPOCH);
        }
    }

    @Test
    void findingsAreGroupedBySectionAndLinkToThePartInTheEditor() {
        UUID other = UUID.randomUUID();
        List<SectionText> sections = List.of(
                new SectionText(SECTION, "1a Operational issues", List.of(new Part("description", "Description", "<p>fine</p>"),
                        new Part("reflection", "Reflection", "<p><a href=\"https://x.org/a\">here</a> and <a href=\"https://x.org/b\">here</a></p>"))),
                new SectionText(UUID.randomUUID(), "1b Clean section", List.of(new Part("description", "Description", "<p>fine</p>"))),
                new SectionText(other, "Contextual statement", List.of(new Part("description", "Contextual statement", "<h4>Late</h4>"))));
        AccessibilityAdvice advice = AccessibilityAdvice.check(PORTFOLIO, sections, List.of());

        assertThat(advice.groups()).extracting(AccessibilityAdvice.Group::heading).containsExactly("1a Operational issues", "Contextual statement");
        assertThat(advice.count()).isEqualTo(3);
        Finding first = advice.groups().getFirst().findings().getFirst();
        assertThat(first.place()).isEqualTo("Reflection");
        assertThat(first.path()).isEqualTo("/portfolios/" + PORTFOLIO + "/sections/" + SECTION + "#reflection-label");
        assertThat(advice.groups().get(1).findings().getFirst().path()).endsWith("/sections/" + other + "#description-label");
        assertThat(advice.summary()).isEqualTo(new AccessibilityAdviceSummary(3, "/portfolios/" + PORTFOLIO + "/accessibility"));
        assertThat(advice.summary().label()).isEqualTo("3 accessibility suggestions");
    }

    @Test
    void aCleanPortfolioHasNoSuggestions() {
        AccessibilityAdvice advice = AccessibilityAdvice.check(PORTFOLIO, List.of(new SectionText(SECTION, "1a",
                List.of(new Part("description", "Description", "<h2>Context</h2><p>I led the <em>VLE</em> move; see "
                        + "<a href=\"https://example.org/r\">the evaluation report</a>.</p>")))), List.of());
        assertThat(advice.isEmpty()).isTrue();
        assertThat(advice.summary().any()).isFalse();
        assertThat(advice.summary().label()).isEqualTo("No accessibility suggestions");
    }

    @Test
    void entitiesAreReadAsTheirCharacters() {
        assertThat(kinds(reflection("<p><a href=\"https://example.org\">click&nbsp;here</a></p>"))).containsExactly(Kind.LINK_TEXT);
    }
}
