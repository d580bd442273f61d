/**
 * Export: Waymark's pages as documents to keep. {@link org.waymark.export.PdfRenderer} turns a Thymeleaf template into
 * a tagged, accessible PDF (PDF/UA) with the fonts the application ships; the first use is a submitted portfolio's
 * snapshot as a PDF; an award's certificate and its assessment transcript (a page and a PDF, from the assessment
 * module's {@link org.waymark.assessment.Transcripts}) use the same renderer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export")
package org.waymark.export;
