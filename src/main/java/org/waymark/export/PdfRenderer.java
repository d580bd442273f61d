package org.waymark.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.waymark.export.internal.PdfFonts;
import org.waymark.export.internal.RendererLog;
import org.waymark.export.internal.XhtmlDocuments;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template to a tagged PDF (PDF/UA-1, and PDF/A-3a for keeping): headings, lists, links and tables
 * become the PDF's structure tree, so a screen reader can read it and navigate by heading. What the template must provide:
 * <ul>
 *     <li>{@code <html lang="en-GB">}: the document's language;</li>
 *     <li>a {@code <title>}: the document's title, shown by readers instead of the file name;</li>
 *     <li>headings in order (one h1, then h2, h3) and every text in the shipped font family
 *     {@value PdfFonts#FAMILY} (the template's CSS), since PDF/UA needs every font embedded.</li>
 * </ul>
 * Rendering reads nothing from outside the application: external resources (images, style sheets) are refused.
 */
@Service
public class PdfRenderer {

    /** The base that relative addresses resolve against: nothing is fetched from anywhere. */
    private static final String NOWHERE = "classpath:/nowhere/";

    /** PDF/A's output intent: the JDK's own sRGB profile, so no profile file is shipped or fetched. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final ITemplateEngine templates;
    private final PdfFonts fonts;

    PdfRenderer(ITemplateEngine templates, PdfFonts fonts) {
        this.templates = templates;
        this.fonts = fonts;
        RendererLog.install();
    }

    /** The template (such as {@code "export/submission-portfolio"}) with these variables, as PDF bytes. */
    public byte[] render(String template, Map<String, Object> variables) {
        String html = templates.process(template, new Context(Locale.UK, variables));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
                .useColorProfile(SRGB)
                .withProducer("Waymark")
                .withW3cDocument(XhtmlDocuments.of(html), NOWHERE)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(pdf);
        fonts.register(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template + " as PDF", e);
        }
        return pdf.toByteArray();
    }
}
