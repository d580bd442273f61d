package org.waymark.submission.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.framework.Pathway;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.internal.ExternalPortfolio;
import org.waymark.submission.internal.ExternalSectionRows;
import org.waymark.submission.internal.ExternalSubmissionRefused;
import org.waymark.submission.internal.ExternalSubmissions;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.web.FileDownload;

/**
 * A candidate submits a portfolio written elsewhere: the form (a link or one file, access details, the section
 * map, line manager, declaration), the confirmation with the reference, and the candidate's download of their file.
 * What they sent is shown on their submission page (SubmissionsController's, through templates/submission/
 * external-parts.html). Someone else's submission answers 404.
 */
@Controller
class ExternalSubmissionController {

    private static final Logger log = LoggerFactory.getLogger(ExternalSubmissionController.class);
    /** The page's order of fields, so the error summary follows it ("at-" rows come between file and line manager). */
    private static final List<String> FIELDS = List.of("round", "registration", "kind", "url", "access", "file");
    private static final List<String> LAST_FIELDS = List.of("lineManagerName", "lineManagerEmail", "declared");
    static final String CHOOSE_AGAIN = "If you are sending a file, choose it again: the page cannot keep a chosen file when it is shown again.";

    private final ExternalSubmissions external;
    private final Permissions permissions;
    private final EvidenceLibrary evidence;
    private final Clock clock;

    ExternalSubmissionController(ExternalSubmissions external, Permissions permissions, EvidenceLibrary evidence,
                                 Clock clock) {
        this.external = external;
        this.permissions = permissions;
        this.evidence = evidence;
        this.clock = clock;
    }

    @GetMapping("/rounds/{roundId}/submit-external")
    String form(@PathVariable UUID roundId, @RequestParam(required = false) String pathway, Authentication who, Model model) {
        Round round = external.round(roundId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(model, who, round, pathway, ExternalSubmissionForm.empty(), Map.of(), Map.of(), Map.of(), null);
    }

    @PostMapping("/rounds/{roundId}/submit-external")
    String submit(@PathVariable UUID roundId, @RequestParam String pathway, @ModelAttribute ExternalSubmissionForm form,
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "add", required = false) String add,
                  @RequestParam Map<String, String> parameters, Authentication who, Model model,
                  HttpServletRequest request) {
        // The deadline is judged when the request arrived, not when a large upload finished.
        Instant arrivedAt = RequestArrival.of(request, clock);
        Round round = external.round(roundId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> locations = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith("at-")) {
                locations.put(name.substring(3), value);
            } else if (name.startsWith("rows-")) {
                try {
                    counts.put(name.substring(5), Math.min(Integer.parseInt(value.strip()), 20));
                } catch (NumberFormatException ignored) {
                    // the framework's minimum then
                }
            }
        });
        if (add != null) {
            // "Add another area" posts the form back: one more row, nothing checked yet.
            counts.merge(add, 1, Integer::sum);
            return page(model, who, round, pathway, form, locations, counts, Map.of(),
                    "A row has been added. " + (chosen(file) ? CHOOSE_AGAIN : ""));
        }
        boolean chosenFile = chosen(file);
        String url = form.file() ? null : form.url();
        ExternalPortfolio.Upload upload = form.link() || !chosenFile ? null
                : new ExternalPortfolio.Upload(file.getOriginalFilename(), file.getSize(), file);
        ExternalPortfolio portfolio = new ExternalPortfolio(url, upload, form.file() ? null : form.access(), locations, counts,
                form.lineManagerName(), form.lineManagerEmail(), form.isDeclared());
        try {
            Submission submission = external.submitExternal(person(who), roundId, pathway, portfolio, arrivedAt);
            return "redirect:/rounds/" + roundId + "/submit-external/" + submission.id();
        } catch (ExternalSubmissionRefused refused) {
            Map<String, String> problems = new LinkedHashMap<>(refused.problems());
            if (chosenFile && problems.containsKey("file")) {
                problems.put("file", problems.get("file") + ". Choose a file again");
            }
            return page(model, who, round, pathway, form, locations, counts, problems, null);
        } catch (NoSuchElementException gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/rounds/{roundId}/submit-external/{submissionId}")
    String confirmation(@PathVariable UUID roundId, @PathVariable UUID submissionId, Authentication who, Model model) {
        Submission submission = owned(who, submissionId);
        if (!submission.roundId().equals(roundId)) {
            throw new NotPermittedException(ExternalSubmissions.OBJECT_TYPE, submissionId);
        }
        model.addAttribute("submission", submission);
        model.addAttribute("round", external.round(roundId).orElseThrow());
        model.addAttribute("pathway", external.pathway(submission.pathway()));
        model.addAttribute("decisionDue", external.ukDate(submission.decisionDueAt()));
        return "submission/external-confirmation";
    }

    /** The candidate's own file, only to its owner: administrators use their own address, everyone else gets 404. */
    @GetMapping("/submissions/{submissionId}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID submissionId, Authentication who) {
        return download(owned(who, submissionId), external);
    }

    static ResponseEntity<InputStreamResource> download(Submission submission, ExternalSubmissions external) {
        if (submission.externalFileKey() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        InputStream content;
        try {
            content = external.openFile(submission);
        } catch (IOException e) {
            log.error("File of submission {} is missing from the store: {}", submission.id(), e.toString());
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The file is missing from the file store");
        }
        return FileDownload.of(submission.externalFileName(), submission.externalContentType(), submission.externalSizeBytes(), content);
    }

    /**
     * The form again, status 413, for an upload over the multipart limit: nothing of the form arrived (the request
     * was refused while it was read), so it says to choose a smaller file and fill the form in again.
     */
    ModelAndView tooLarge(UUID roundId, String pathway, Authentication who) {
        Round round = external.round(roundId).orElse(null);
        if (round == null || who == null) {
            return null;
        }
        ExtendedModelMap model = new ExtendedModelMap();
        String view = page(model, who, round, pathway, new ExternalSubmissionForm("FILE", null, null, null, null, false),
                Map.of(), Map.of(), Map.of("file", "The selected file must be smaller than " + evidence.maxFileSize()
                        + ". Choose a smaller file and fill in the form again: nothing you sent was received"), null);
        ModelAndView page = new ModelAndView(view, model);
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return page;
    }

    /** An external submission the signed-in person owns; 404 for anything else. */
    private Submission owned(Authentication who, UUID submissionId) {
        UUID me = person(who);
        if (me == null || !permissions.relations(me, ExternalSubmissions.OBJECT_TYPE, submissionId).contains(Relation.OWNER)) {
            throw new NotPermittedException(ExternalSubmissions.OBJECT_TYPE, submissionId);
        }
        return external.find(submissionId).filter(s -> s.form() == SubmissionForm.EXTERNAL)
                .orElseThrow(() -> new NotPermittedException(ExternalSubmissions.OBJECT_TYPE, submissionId));
    }

    private String page(Model model, Authentication who, Round round, String pathwayKey, ExternalSubmissionForm form,
                        Map<String, String> locations, Map<String, Integer> counts, Map<String, String> problems, String notice) {
        UUID me = person(who);
        List<Pathway> pathways = external.pathwaysFor(me);
        Optional<Pathway> chosen = pathways.stream().filter(p -> p.key().equals(pathwayKey)).findFirst()
                .or(() -> pathways.size() == 1 ? Optional.of(pathways.getFirst()) : Optional.empty());
        model.addAttribute("round", round);
        model.addAttribute("roundProblem", external.roundProblem(me, round, external.now()).orElse(null));
        model.addAttribute("closes", external.deadlineFor(round, me).orElse(null));
        model.addAttribute("pathways", pathways);
        model.addAttribute("pathway", chosen.orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("locations", locations);
        model.addAttribute("notice", notice);
        model.addAttribute("maxFileSize", evidence.maxFileSize());
        model.addAttribute("chooseAgain", CHOOSE_AGAIN);
        List<ExternalSectionRows.Row> rows = chosen.map(p -> ExternalSectionRows.of(p, counts)).orElse(List.of());
        model.addAttribute("rows", rows);
        Map<String, Long> rowCounts = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.id().equals(r.sectionKey())).forEach(r -> rowCounts.merge(r.sectionKey(), 1L, Long::sum));
        model.addAttribute("rowCounts", rowCounts);
        model.addAttribute("errors", ordered(problems, rows));
        return "submission/external-form";
    }

    private static Map<String, String> ordered(Map<String, String> problems, List<ExternalSectionRows.Row> rows) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.forEach(field -> copy(problems, ordered, field));
        rows.forEach(row -> copy(problems, ordered, row.fieldId()));
        LAST_FIELDS.forEach(field -> copy(problems, ordered, field));
        problems.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static void copy(Map<String, String> from, Map<String, String> to, String field) {
        if (from.containsKey(field)) {
            to.put(field, from.get(field));
        }
    }

    private static boolean chosen(MultipartFile file) {
        return file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }

    private static UUID person(Authentication who) {
        try {
            return UUID.fromString(who.getName());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
