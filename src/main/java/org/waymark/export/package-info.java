/**
 * Export: Waymark's pages as documents to keep. {@link org.waymark.export.PdfRenderer} turns a Thymeleaf template into
 * a tagged, accessible PDF (PDF/UA) with the fonts the application ships; the first use is a submitted portfolio's
 * snapshot as a PDF. Certificates and transcripts (the award module) are meant to use the same renderer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export")
package org.waymark.export;
