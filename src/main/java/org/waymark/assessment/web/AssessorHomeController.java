package org.waymark.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.Action;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.internal.allocation.AssessorPlaces;
import org.waymark.assessment.internal.allocation.PlaceAnswers;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.Place;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.SnapshotFile;
import org.waymark.submission.ExternalPortfolios;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;
import org.waymark.web.FileDownload;

/**
 * An assessor's own work (ASSESS, by URL rule): their places, to accept or decline; and each portfolio they assess,
 * as it was submitted, with its evidence files. The portfolio is shown only through {@link Permissions}: VIEW on the
 * submission, which accepting a place grants and replacing or the grant's end takes away (404 otherwise).
 */
@Controller
class AssessorHomeController {

    private final AssessorPlaces places;
    private final PlaceAnswers answers;
    private final Permissions permissions;
    private final Portfolios portfolios;
    private final Submitting submitting;
    private final ExternalPortfolios external;

    AssessorHomeController(AssessorPlaces places, PlaceAnswers answers, Permissions permissions, Portfolios portfolios,
                           Submitting submitting, ExternalPortfolios external) {
        this.external = external;
        this.places = places;
        this.answers = answers;
        this.permissions = permissions;
        this.portfolios = portfolios;
        this.submitting = submitting;
    }

    @GetMapping("/assessor")
    String home(Model model, Authentication who) {
        return page(model, who, null, "", Map.of());
    }

    @PostMapping("/assessor/places/{placeId}/accept")
    String accept(@PathVariable UUID placeId, Authentication who, RedirectAttributes redirect) {
        try {
            Place place = answers.accept(AssessorAdminController.personId(who), placeId);
            redirect.addFlashAttribute("notice", "Thank you: you are the " + place.role().label().toLowerCase()
                    + ". The portfolio is open to you below.");
        } catch (PlaceAnswers.NoSuchOffer e) {
            throw new NotPermittedException("assessment-place", placeId);
        }
        return "redirect:/assessor";
    }

    @PostMapping("/assessor/places/{placeId}/decline")
    String decline(@PathVariable UUID placeId, @RequestParam(required = false) String reason, Authentication who, Model model,
                   RedirectAttributes redirect) {
        try {
            answers.decline(AssessorAdminController.personId(who), placeId, reason);
            redirect.addFlashAttribute("notice", "You have declined. The administrator has been told and will ask someone else.");
        } catch (PlaceAnswers.NoSuchOffer e) {
            throw new NotPermittedException("assessment-place", placeId);
        } catch (Refused refused) {
            return page(model, who, placeId, reason, Map.of("reason-" + placeId, refused.problems().get("reason")));
        }
        return "redirect:/assessor";
    }

    /** The portfolio as it was submitted; names of the candidate are never on this page (blind or not). */
    @GetMapping("/assessor/assessments/{assessmentId}")
    String portfolio(@PathVariable UUID assessmentId, Model model, Authentication who) {
        Assessment assessment = permitted(assessmentId, who);
        SubmissionSummary submission = submitting.find(assessment.submissionId())
                .orElseThrow(() -> new NotPermittedException("assessment", assessmentId));
        model.addAttribute("assessment", assessment);
        model.addAttribute("submission", submission);
        model.addAttribute("snapshotView", assessment.snapshotId() == null ? null
                : portfolios.snapshotView(assessment.snapshotId()).orElse(null));
        model.addAttribute("external", external.find(assessment.submissionId()).orElse(null));
        return "assessor/assessment";
    }

    @GetMapping("/assessor/assessments/{assessmentId}/evidence/{evidenceId}")
    ResponseEntity<InputStreamResource> evidence(@PathVariable UUID assessmentId, @PathVariable UUID evidenceId,
                                                 Authentication who) {
        Assessment assessment = permitted(assessmentId, who);
        SnapshotFile file = assessment.snapshotId() == null ? null
                : portfolios.snapshotFile(assessment.snapshotId(), evidenceId).orElse(null);
        if (file == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such evidence file in this submission");
        }
        InputStream content;
        try {
            content = file.content().getInputStream();
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The file is missing from the evidence store");
        }
        return FileDownload.of(file.fileName(), file.contentType(), file.sizeBytes(), content);
    }

    /** The file of a portfolio written elsewhere and sent as one file. */
    @GetMapping("/assessor/assessments/{assessmentId}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID assessmentId, Authentication who) {
        Assessment assessment = permitted(assessmentId, who);
        ExternalPortfolios.File file;
        try {
            file = external.file(assessment.submissionId())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The file is missing from the file store");
        }
        return FileDownload.of(file.fileName(), file.contentType(), file.sizeBytes(), file.content());
    }

    private Assessment permitted(UUID assessmentId, Authentication who) {
        Assessment assessment = places.assessment(assessmentId)
                .orElseThrow(() -> new NotPermittedException("assessment", assessmentId));
        permissions.check(who, Action.VIEW, Submitting.OBJECT_TYPE, assessment.submissionId());
        return assessment;
    }

    private String page(Model model, Authentication who, UUID declining, String reason, Map<String, String> errors) {
        model.addAttribute("home", places.of(AssessorAdminController.personId(who)));
        model.addAttribute("declining", declining);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "assessor/home";
    }
}
