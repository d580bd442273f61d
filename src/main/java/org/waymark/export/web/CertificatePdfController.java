package org.waymark.export.web;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.award.Award;
import org.waymark.award.Awards;
import org.waymark.export.internal.CertificatePdf;

/** An award's certificate as a PDF, for its holder and administrators; 404 for everyone else. Always an attachment. */
@Controller
class CertificatePdfController {

    private final Awards awards;
    private final Permissions permissions;
    private final CertificatePdf pdf;

    CertificatePdfController(Awards awards, Permissions permissions, CertificatePdf pdf) {
        this.awards = awards;
        this.permissions = permissions;
        this.pdf = pdf;
    }

    @GetMapping("/awards/{id}/certificate.pdf")
    ResponseEntity<byte[]> download(@PathVariable UUID id, Authentication who) {
        permissions.check(who, Action.VIEW, Awards.OBJECT_TYPE, id);
        Award award = awards.find(id).orElseThrow(() -> new NotPermittedException(Awards.OBJECT_TYPE, id));
        byte[] body = pdf.render(award);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(body.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(award.certificateNumber() + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
