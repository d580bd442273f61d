package org.waymark.export.web;

import java.util.Optional;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.assessment.Transcripts;
import org.waymark.award.Award;
import org.waymark.award.Awards;
import org.waymark.export.internal.TranscriptPdf;
import org.waymark.submission.ExternalPortfolios;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * An award's assessment transcript, as a page and as a PDF, for the award's holder and administrators (404 for
 * everyone else, like the certificate). It is the transcript of the assessment whose pass the award was issued for:
 * after a referral, the resubmission's. An award with no assessment in Waymark (issued by hand) has no transcript:
 * the page says so and the PDF is not found.
 */
@Controller
class TranscriptController {

    private final Awards awards;
    private final Transcripts transcripts;
    private final Submitting submissions;
    private final ExternalPortfolios external;
    private final Permissions permissions;
    private final TranscriptPdf pdf;

    TranscriptController(Awards awards, Transcripts transcripts, Submitting submissions, ExternalPortfolios external,
                         Permissions permissions, TranscriptPdf pdf) {
        this.awards = awards;
        this.transcripts = transcripts;
        this.submissions = submissions;
        this.external = external;
        this.permissions = permissions;
        this.pdf = pdf;
    }

    @GetMapping("/awards/{id}/transcript")
    String page(@PathVariable UUID id, Authentication who, Model model) {
        Award award = award(id, who);
        model.addAttribute("award", award);
        model.addAttribute("doc", document(award).orElse(null));
        return "export/transcript-page";
    }

    @GetMapping("/awards/{id}/transcript.pdf")
    ResponseEntity<byte[]> download(@PathVariable UUID id, Authentication who) {
        Award award = award(id, who);
        TranscriptPdf.Document document = document(award).orElseThrow(() -> new NotPermittedException(Awards.OBJECT_TYPE, id));
        byte[] body = pdf.render(document);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(body.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(award.certificateNumber() + "-transcript.pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    private Award award(UUID id, Authentication who) {
        permissions.check(who, Action.VIEW, Awards.OBJECT_TYPE, id);
        return awards.find(id).orElseThrow(() -> new NotPermittedException(Awards.OBJECT_TYPE, id));
    }

    private Optional<TranscriptPdf.Document> document(Award award) {
        Optional<SubmissionSummary> submission = submissions.find(award.submissionId());
        return submission.flatMap(s -> transcripts.ofSubmission(s.id())
                .map(t -> pdf.document(award, t, s, external.find(s.id()).orElse(null))));
    }
}
