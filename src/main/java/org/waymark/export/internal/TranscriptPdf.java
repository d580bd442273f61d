package org.waymark.export.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.waymark.assessment.Transcript;
import org.waymark.award.Award;
import org.waymark.export.PdfRenderer;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.platform.Links;
import org.waymark.platform.UkTime;
import org.waymark.submission.ExternalPortfolios;
import org.waymark.submission.SubmissionSummary;

/**
 * An award's assessment transcript in ALT's 2026 format, as a page ({@code templates/export/transcript-page.html})
 * and a PDF ({@code templates/export/transcript.html}), both from one {@link Document}: candidate, portfolio link,
 * pathway, assessment type, date of issue, each section's and core principle's grades by both assessors, the
 * outcome and each assessor's feedback.
 */
@Component
public class TranscriptPdf {

    /**
     * What both the page and the PDF show. {@code portfolioUrl} is where the assessed portfolio is (an external
     * portfolio's address, or Waymark's PDF of the submitted snapshot); null when it was sent as a file, which
     * {@code portfolioText} then names.
     */
    public record Document(Award award, String candidate, String pathwayName, String submissionReference, String portfolioUrl,
                           String portfolioText, String dateOfIssue, Transcript transcript) {
    }

    private final PdfRenderer renderer;
    private final FrameworkCatalogue catalogue;
    private final Links links;
    private final UkTime ukTime;

    TranscriptPdf(PdfRenderer renderer, FrameworkCatalogue catalogue, Links links, UkTime ukTime) {
        this.renderer = renderer;
        this.catalogue = catalogue;
        this.links = links;
        this.ukTime = ukTime;
    }

    /** {@code external}: the copy of a portfolio written elsewhere, or null for one written in Waymark. */
    public Document document(Award award, Transcript transcript, SubmissionSummary submission, ExternalPortfolios.Copy external) {
        String pathwayName = catalogue.current().findPathway(transcript.pathwayKey()).map(Pathway::name).orElse(transcript.pathwayKey());
        String url;
        String text;
        if (external == null) {
            url = links.absolute("/submissions/" + submission.id() + "/portfolio.pdf");
            text = "The portfolio as submitted (PDF, for the holder when signed in)";
        } else if (external.web()) {
            url = external.url();
            text = external.url();
        } else {
            url = null;
            text = "Sent as a file: " + (external.fileName() == null ? "portfolio" : external.fileName());
        }
        return new Document(award, award.holderName(), pathwayName, submission.reference(), url, text,
                ukTime.date(transcript.releasedAt()), transcript);
    }

    public byte[] render(Document document) {
        return renderer.render("export/transcript", Map.of("doc", document));
    }
}
