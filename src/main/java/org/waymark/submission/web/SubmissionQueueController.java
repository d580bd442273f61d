package org.waymark.submission.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.platform.UkTime;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.internal.DecisionTarget;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Rounds;
import org.waymark.submission.internal.SubmissionQueue;

/**
 * Administrators: the queue of submissions waiting for the completeness check, and one round's submissions with
 * its counts by type and pathway, on the page or as a spreadsheet.
 */
@Controller
class SubmissionQueueController {

    /** Statuses in the order the round's table shows them. */
    static final List<SubmissionStatus> STATUSES = List.of(SubmissionStatus.SUBMITTED, SubmissionStatus.ACCEPTED,
            SubmissionStatus.RETURNED, SubmissionStatus.WITHDRAWN);

    private final SubmissionQueue queue;
    private final QueueItems items;
    private final Rounds rounds;
    private final DecisionTarget target;
    private final Permissions permissions;
    private final UkTime time;

    SubmissionQueueController(SubmissionQueue queue, QueueItems items, Rounds rounds, DecisionTarget target,
                              Permissions permissions, UkTime ukTime) {
        this.queue = queue;
        this.items = items;
        this.rounds = rounds;
        this.target = target;
        this.permissions = permissions;
        this.time = ukTime;
    }

    @GetMapping("/admin/submissions")
    String list(@RequestParam(required = false) UUID round, Model model, Authentication authentication) {
        permissions.check(authentication, Action.RUN_SUBMISSIONS);
        model.addAttribute("ukTime", time);
        model.addAttribute("statusLabels", Statuses.LABELS);
        model.addAttribute("target", DecisionTargets.describe(target.target()));
        if (round != null) {
            Round found = rounds.findById(round).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No round " + round));
            List<SubmissionQueue.Row> rows = queue.inRound(round);
            model.addAttribute("round", found);
            model.addAttribute("items", items.of(rows));
            model.addAttribute("counts", SubmissionQueue.counts(rows));
            model.addAttribute("pathways", items.pathwayNames());
            model.addAttribute("statuses", STATUSES);
            return "admin/submissions-round";
        }
        List<QueueItem> waiting = items.of(queue.waiting());
        model.addAttribute("items", waiting);
        model.addAttribute("pastTargetCount", waiting.stream().filter(QueueItem::pastTarget).count());
        model.addAttribute("rounds", rounds.findAllByOrderByOpensAtDesc());
        return "admin/submissions";
    }

    @GetMapping("/admin/submissions.csv")
    ResponseEntity<byte[]> csv(@RequestParam UUID round, Authentication authentication) throws IOException {
        permissions.check(authentication, Action.RUN_SUBMISSIONS);
        Round found = rounds.findById(round).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No round " + round));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("Reference", "Candidate", "Candidate email", "Pathway", "Type", "Form", "Status",
                    "Submitted (UK time)", "Days since submission", "Past the decision target", "Broken links");
            for (QueueItem item : items.of(queue.inRound(round))) {
                SubmissionQueue.Row row = item.row();
                csv.printRecord(SpreadsheetCells.neutralise(row.reference(), item.candidateName(),
                        item.candidate() == null ? "" : item.candidate().email(), item.pathwayName(), row.type().label(),
                        row.form().name().toLowerCase(), Statuses.label(row.status()), time.format(row.submittedAt()),
                        String.valueOf(item.daysSince()), item.pastTarget() ? "Yes" : "No", String.valueOf(row.brokenLinks())));
            }
        }
        String fileName = "submissions-" + found.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "") + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
