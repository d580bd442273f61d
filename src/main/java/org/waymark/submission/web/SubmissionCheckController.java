package org.waymark.submission.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.account.People;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.SnapshotFile;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;
import org.waymark.platform.UkTime;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.DecisionTarget;
import org.waymark.submission.internal.NotWaitingForCheckException;
import org.waymark.submission.internal.Rounds;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.links.LinkReport;

/**
 * Administrators: one submission's completeness check (its sections, its links, the frozen portfolio) and the
 * decision: accept it for assessment, or return it to the candidate with a message.
 */
@Controller
@RequestMapping("/admin/submissions/{id}")
class SubmissionCheckController {

    private final CompletenessCheck check;
    private final LinkReport linkReport;
    private final QueueItems items;
    private final Rounds rounds;
    private final People people;
    private final Registrations registrations;
    private final Portfolios portfolios;
    private final DecisionTarget target;
    private final Permissions permissions;
    private final Clock clock;
    private final UkTime time;

    SubmissionCheckController(CompletenessCheck check, LinkReport linkReport, QueueItems items, Rounds rounds, People people,
                              Registrations registrations, Portfolios portfolios, DecisionTarget target, Permissions permissions,
                              Clock clock, UkTime ukTime) {
        this.check = check;
        this.linkReport = linkReport;
        this.items = items;
        this.rounds = rounds;
        this.people = people;
        this.registrations = registrations;
        this.portfolios = portfolios;
        this.target = target;
        this.permissions = permissions;
        this.clock = clock;
        this.time = ukTime;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model, Authentication authentication) {
        permissions.check(authentication, Action.RUN_SUBMISSIONS);
        model.addAttribute("returnForm", new ReturnForm(""));
        return page(id, model);
    }

    @GetMapping("/accept")
    String confirmAcceptance(@PathVariable UUID id, Model model, Authentication authentication, RedirectAttributes redirect) {
        permissions.check(authentication, Action.RUN_SUBMISSIONS);
        Submission submission = check.find(id);
        if (submission.status() != SubmissionStatus.SUBMITTED) {
            redirect.addFlashAttribute("problem", notWaiting(submission.status()));
            return "redirect:/admin/submissions/" + id;
        }
        model.addAttribute("submission", submission);
        model.addAttribute("candidate", people.find(submission.candidateId()).orElse(null));
        model.addAttribute("sections", check.sections(submission));
        model.addAttribute("links", linkReport.summary(id));
        model.addAttribute("ukTime", time);
        return "admin/submissions-accept";
    }

    @PostMapping("/accept")
    String accept(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
        permissions.check(authentication, Action.RUN_SUBMISSIONS);
        return decide(id, redirect, () -> check.accept(personId(authentication), id).reference()
                + " is accepted for assessment. The candidate has been told.");
    }

    @PostMapping("/return")
    String returnToCandidate(@PathVariable UUID id, @Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult errors,
                             Model model, Authentication authentication, RedirectAttributes redirect) {
        permissions.check(authentication, Action.RUN_SUBMISSIONS);
        if (errors.hasErrors()) {
            return page(id, model);
        }
        return decide(id, redirect, () -> check.returnToCandidate(personId(authentication), id, form.message()).reference()
                + " is returned to the candidate, with your message by email.");
    }

    /**
     * Makes a decision (which answers with the notice to show) and goes back to the queue; if the submission is no
     * longer waiting, or someone else decided at the same moment, back to the submission with the reason.
     */
    private String decide(UUID id, RedirectAttributes redirect, Supplier<String> decision) {
        try {
            redirect.addFlashAttribute("notice", decision.get());
            return "redirect:/admin/submissions";
        } catch (NotWaitingForCheckException e) {
            redirect.addFlashAttribute("problem", notWaiting(e.status()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "Someone else decided on this submission at the same moment. Here it is as it is now.");
        }
        return "redirect:/admin/submissions/" + id;
    }

    /** An evidence file of the submission's snapshot, as it was frozen. */
    @GetMapping("/evidence/{evidenceId}")
    ResponseEntity<InputStreamResource> evidence(@PathVariable UUID id, @PathVariable UUID evidenceId, Authentication authentication) {
        permissions.check(authentication, Action.RUN_SUBMISSIONS);
        Submission submission = check.find(id);
        SnapshotFile file = submission.snapshotId() == null ? null
                : portfolios.snapshotFile(submission.snapshotId(), evidenceId).orElse(null);
        if (file == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such evidence file in this submission");
        }
        return SnapshotFiles.download(file, id, evidenceId);
    }

    private String page(UUID id, Model model) {
        Submission submission = check.find(id);
        Instant now = clock.instant();
        boolean waiting = submission.status().inProgress();
        model.addAttribute("submission", submission);
        model.addAttribute("statusLabel", Statuses.label(submission.status()));
        model.addAttribute("candidate", people.find(submission.candidateId()).orElse(null));
        model.addAttribute("changedBy", submission.statusChangedBy() == null ? null
                : people.find(submission.statusChangedBy()).orElse(null));
        model.addAttribute("registration", registration(submission.registrationId()));
        model.addAttribute("round", rounds.findById(submission.roundId()).orElseThrow());
        model.addAttribute("pathwayName", items.pathwayNames().getOrDefault(submission.pathway(), submission.pathway()));
        model.addAttribute("daysSince", target.daysSince(submission.submittedAt(), now));
        model.addAttribute("targetDate", target.dueBy(submission.submittedAt()));
        model.addAttribute("pastTarget", target.pastTarget(submission.submittedAt(), waiting, now));
        model.addAttribute("sections", check.sections(submission));
        model.addAttribute("links", linkReport.forSubmission(id));
        model.addAttribute("snapshotView", submission.snapshotId() == null ? null
                : portfolios.snapshotView(submission.snapshotId()).orElse(null));
        model.addAttribute("ukTime", time);
        return "admin/submissions-detail";
    }

    private RegistrationSummary registration(UUID registrationId) {
        return registrations.find(registrationId).orElse(null);
    }

    private static String notWaiting(SubmissionStatus status) {
        return "This submission is no longer waiting for the completeness check: it is "
                + Statuses.label(status).toLowerCase() + ".";
    }

    private static UUID personId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
