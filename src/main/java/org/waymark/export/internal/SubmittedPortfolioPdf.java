package org.waymark.export.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.waymark.export.PdfRenderer;
import org.waymark.platform.UkTime;
import org.waymark.portfolio.SnapshotView;

/**
 * A submitted portfolio's snapshot as a PDF ({@code templates/export/submitted-portfolio.html}): who submitted it,
 * for which pathway, against which framework version, when (UK time), and every section as frozen.
 */
@Component
public class SubmittedPortfolioPdf {

    private final PdfRenderer renderer;
    private final UkTime ukTime;

    SubmittedPortfolioPdf(PdfRenderer renderer, UkTime ukTime) {
        this.renderer = renderer;
        this.ukTime = ukTime;
    }

    /** What the first page says about the submission; the sections come from the snapshot. */
    public record Cover(String reference, String candidateName, java.time.Instant submittedAt) {
    }

    public byte[] render(Cover cover, SnapshotView snapshot) {
        Map<String, Object> model = new HashMap<>();
        model.put("cover", cover);
        model.put("submittedAt", ukTime.format(cover.submittedAt()));
        model.put("snapshot", snapshot);
        model.put("ukTime", ukTime);
        return renderer.render("export/submitted-portfolio", model);
    }
}
