package org.waymark.export.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.waymark.award.Award;
import org.waymark.export.PdfRenderer;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.platform.Links;
import org.waymark.platform.UkTime;

/**
 * An award's certificate ({@code templates/export/certificate.html}): the holder's name as printed now, the award with
 * its post-nominal letters, the number, the date, and the verification address anyone can check it at.
 */
@Component
public class CertificatePdf {

    private final PdfRenderer renderer;
    private final FrameworkCatalogue catalogue;
    private final Links links;
    private final UkTime ukTime;

    CertificatePdf(PdfRenderer renderer, FrameworkCatalogue catalogue, Links links, UkTime ukTime) {
        this.renderer = renderer;
        this.catalogue = catalogue;
        this.links = links;
        this.ukTime = ukTime;
    }

    public byte[] render(Award award) {
        Pathway pathway = catalogue.current().findPathway(award.pathwayKey()).orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("award", award);
        model.put("pathwayName", pathway == null ? award.pathwayKey() : pathway.name());
        model.put("postNominal", pathway == null ? null : pathway.postNominal());
        model.put("verifyUrl", links.absolute("/verify/" + award.verificationToken()));
        model.put("issuedOn", ukTime.date(award.certificateIssuedAt()));
        return renderer.render("export/certificate", model);
    }
}
