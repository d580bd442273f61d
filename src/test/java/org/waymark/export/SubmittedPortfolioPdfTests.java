package org.waymark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.export.internal.SubmittedPortfolioPdf;
import org.waymark.framework.Pathway;
import org.waymark.portfolio.PortfolioSnapshot;
import org.waymark.portfolio.SnapshotView;
import org.waymark.support.WaymarkTest;

/** A submitted portfolio as a PDF, read back as a reader (or a screen reader) would: its text, tags, language, fonts. */
@WaymarkTest
class SubmittedPortfolioPdfTests {

    private static final Logger log = LoggerFactory.getLogger(SubmittedPortfolioPdfTests.class);

    @Autowired
    SubmittedPortfolioPdf pdf;

    @Test
    void aThirteenSectionSnapshotIsATaggedPdfWithEverySectionsWordsHeadingsLinksAndEmbeddedFonts() throws IOException {
        SnapshotView view = snapshot(13);
        var cover = new SubmittedPortfolioPdf.Cover("SUB-2027-PDF123", "Zoë O'Connor", Instant.parse("2027-05-31T10:59:00Z"));

        pdf.render(cover, view); // once to warm up: fonts, templates, classes
        long started = System.nanoTime();
        byte[] bytes = pdf.render(cover, view);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Rendered a {}-section portfolio snapshot as a {} KB PDF in {} ms", view.sections().size(),
                bytes.length / 1024, millis);

        java.nio.file.Files.write(java.nio.file.Path.of("target", "submitted-portfolio-sample.pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Senior CMALT portfolio", "Zoë O'Connor", "SUB-2027-PDF123", "31 May 2027, 11:59 BST",
                    "2026.1", "Core principles claimed", "Explore; Communicate", "My notes", "notes.pdf",
                    "A link to my blog", "The candidate declared");
            for (int i = 1; i <= 13; i++) {
                assertThat(text).contains("Section " + i + " heading", "What I did in section " + i,
                        "What I learnt in section " + i, "Evidence for section " + i);
            }
            assertThat(text).contains("Café & crème"); // entities and non-ASCII from the rich text

            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Senior CMALT portfolio, submission SUB-2027-PDF123");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            // PDF/UA-1 and PDF/A-3a declared in the metadata, with the sRGB output intent PDF/A needs
            String metadata = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(metadata).contains("<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>3</pdfaid:part>",
                    "<pdfaid:conformance>A</pdfaid:conformance>");
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();

            List<String> headings = new ArrayList<>();
            structure(document.getDocumentCatalog().getStructureTreeRoot(), headings);
            assertThat(headings).first().isEqualTo("Document");
            assertThat(headings.stream().filter(h -> h.matches("H[1-6]")).findFirst()).contains("H1");
            assertThat(headings).filteredOn("H1"::equals).hasSize(1);
            assertThat(headings).filteredOn("H2"::equals).hasSizeGreaterThanOrEqualTo(13);
            assertThat(headings).contains("H3", "L", "LI", "Link", "Table", "TH", "TD");

            assertThat(links(document)).contains("https://blog.example.org/post");
            // an outline to jump to each section, and the contents list links to them too
            List<String> outline = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> outline.add(item.getTitle()));
            assertThat(outline).hasSize(15).startsWith("Section 1 heading").endsWith("Evidence items", "Confirmation");
            assertThat(document.getPage(0).getAnnotations()).filteredOn(a -> a instanceof PDAnnotationLink).hasSize(15);

            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });

            assertThat(document.getNumberOfPages()).isBetween(14, 30);
        }
    }

    @Test
    void headingsTheCandidateWroteStayBelowTheSectionsAndMalformedMarkupStillRenders() throws IOException {
        SnapshotView view = snapshot(1, "<h2>My own heading</h2><p>Unclosed paragraph<p>Line<br>break &nbsp;<ul><li>one<li>two</ul>");
        byte[] bytes = pdf.render(new SubmittedPortfolioPdf.Cover("SUB-2027-XYZ789", "Cat", Instant.now()), view);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document)).contains("My own heading", "Unclosed paragraph", "two");
            List<String> headings = new ArrayList<>();
            structure(document.getDocumentCatalog().getStructureTreeRoot(), headings);
            List<String> only = headings.stream().filter(h -> h.matches("H[1-6]")).toList();
            assertThat(only).startsWith("H1", "H2").contains("H4");
            assertThat(only).doesNotContainSequence("H2", "H4"); // never skips a level: H3 comes between
        }
    }

    /** A Senior CMALT snapshot with {@code count} assessed sections, each with words, principles and two evidence items. */
    static SnapshotView snapshot(int count, String... extraDescription) {
        UUID file = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        Instant now = Instant.parse("2027-05-30T09:00:00Z");
        var evidence = List.of(
                new PortfolioSnapshot.Evidence(file, "FILE", "My notes", "Notes from a workshop", null, "key", "notes.pdf",
                        "application/pdf", 12_345L, null, true, now),
                new PortfolioSnapshot.Evidence(link, "LINK", "A link to my blog", null, "https://blog.example.org/post", null,
                        null, null, null, "A transcript", true, now));
        List<SnapshotView.Section> sections = IntStream.rangeClosed(1, count).mapToObj(i -> {
            String description = "<p>What I did in section " + i + ". Café &amp; crème, <strong>bold</strong> and <em>italic</em>. "
                    + "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
                    + "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.</p>"
                    + "<ul><li>First point</li><li>Second point with a <a href=\"https://example.org/" + i + "\">link</a></li></ul>"
                    + String.join("", extraDescription);
            var frozen = new PortfolioSnapshot.Section(UUID.randomUUID(), "s" + i, i, String.valueOf(i), "Section " + i + " heading",
                    description, "<p>What I learnt in section " + i + ".</p><blockquote>A quotation.</blockquote>",
                    "<p>Evidence for section " + i + ".</p>", Set.of("explore", "communicate"), null, now, List.of(file, link));
            return new SnapshotView.Section(frozen, "Section " + i + " heading", true, List.of("Explore", "Communicate"), evidence);
        }).toList();
        var snapshot = new PortfolioSnapshot(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "senior", "2026.1", now,
                null, null, now, false, sections.stream().map(SnapshotView.Section::section).toList(), evidence);
        return new SnapshotView(snapshot, new Pathway("senior", "Senior CMALT", "SCMALT", "", "", List.of()), sections);
    }

    private static void structure(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                structure(element, types);
            }
        }
    }

    private static List<String> links(PDDocument document) throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
