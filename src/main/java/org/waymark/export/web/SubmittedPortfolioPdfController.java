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
import org.waymark.account.People;
import org.waymark.export.internal.SubmittedPortfolioPdf;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.SnapshotView;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * A submitted portfolio's snapshot as a PDF to keep, for whoever may see the submission's page (its candidate, an
 * administrator): the same per-object check, and the same 404 for everyone else. Always an attachment.
 */
@Controller
class SubmittedPortfolioPdfController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SubmittedPortfolioPdfController.class);

    private final Submitting submissions;
    private final Portfolios portfolios;
    private final People people;
    private final Permissions permissions;
    private final SubmittedPortfolioPdf pdf;

    SubmittedPortfolioPdfController(Submitting submissions, Portfolios portfolios, People people, Permissions permissions,
                                    SubmittedPortfolioPdf pdf) {
        this.submissions = submissions;
        this.portfolios = portfolios;
        this.people = people;
        this.permissions = permissions;
        this.pdf = pdf;
    }

    @GetMapping("/submissions/{id}/portfolio.pdf")
    ResponseEntity<byte[]> download(@PathVariable UUID id, Authentication who) {
        permissions.check(who, Action.VIEW, Submitting.OBJECT_TYPE, id);
        SubmissionSummary submission = submissions.find(id)
                .orElseThrow(() -> new NotPermittedException(Submitting.OBJECT_TYPE, id));
        // An external submission has no snapshot: there is nothing of Waymark's to print.
        SnapshotView snapshot = submission.snapshotId() == null ? null
                : portfolios.snapshotView(submission.snapshotId()).orElse(null);
        if (snapshot == null) {
            throw new NotPermittedException(Submitting.OBJECT_TYPE, id);
        }
        String candidate = people.find(submission.candidateId()).map(p -> p.name()).orElse("");
        long started = System.nanoTime();
        byte[] body = pdf.render(new SubmittedPortfolioPdf.Cover(submission.reference(), candidate, submission.submittedAt()),
                snapshot);
        log.debug("Rendered {} ({} sections) as PDF in {} ms", submission.reference(), snapshot.sections().size(),
                (System.nanoTime() - started) / 1_000_000);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(body.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(submission.reference() + ".pdf")
                                .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(body);
    }
}
