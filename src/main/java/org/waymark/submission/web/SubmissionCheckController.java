package org.waymark.submission.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.account.People;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.DecisionTarget;
import org.waymark.submission.internal.NotWaitingForCheckException;
import org.waymark.submission.internal.Rounds;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionQueue;

/**
 * Administrators: one submission's completeness check (its sections, its links, the frozen portfolio) and the
 * decision: accept it for assessment, or return it to the candidate with a message.
 */
@Controller
@RequestMapping("/admin/submissions/{id}")
class SubmissionCheckController {

    private final CompletenessCheck check;
    private final SubmissionQueue queue;
    private final QueueItems items;
    private final Rounds rounds;
    private final People people;
    private final ObjectProvider<Registrations> registrations;
    private final DecisionTarget target;
    private final Permissions permissions;
    private final Clock clock;
    private final UkTime time;

    SubmissionCheckController(CompletenessCheck check, SubmissionQueue queue, QueueItems items, Rounds rounds, People people,
                              ObjectProvider<Registrations> registrations, DecisionTarget target, Permissions permissions,
                              Clock clock, ZoneId displayZone) {
        this.check = check;
        this.queue = queue;
        this.items = items;
        this.rounds = rounds;
        this.people = people;
        this.registrations = registrations;
        this.target = target;
        this.permissions = permissions;
        this.clock = clock;
        this.time = new UkTime(displayZone);
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
        model.addAttribute("links", queue.links(id));
        model.addAttribute("ukTime", time);
        return "admin/submissions-accept";
    }

    @PostMapping("/accept")
    String accept(@PathVariable UUID id, Authentication authentication, RedirectAttributes redirect) {
        permissions.check(authentication, Action.RUN_SUBMISSIONS);
        try {
            Submission accepted = check.accept(personId(authentication), id);
            redirect.addFlashAttribute("notice", accepted.reference() + " is accepted for assessment. The candidate has been told.");
            return "redirect:/admin/submissions";
        } catch (NotWaitingForCheckException e) {
            redirect.addFlashAttribute("problem", notWaiting(e.status()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "Someone else decided on this submission at the same moment. Here it is as it is now.");
        }
        return "redirect:/admin/submissions/" + id;
    }

    @PostMapping("/return")
    String returnToCandidate(@PathVariable UUID id, @Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult errors,
                             Model model, Authentication authentication, RedirectAttributes redirect) {
        permissions.check(authentication, Action.RUN_SUBMISSIONS);
        if (errors.hasErrors()) {
            return page(id, model);
        }
        try {
            Submission returned = check.returnToCandidate(personId(authentication), id, form.message());
            redirect.addFlashAttribute("notice", returned.reference() + " is returned to the candidate, with your message by email.");
            return "redirect:/admin/submissions";
        } catch (NotWaitingForCheckException e) {
            redirect.addFlashAttribute("problem", notWaiting(e.status()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "Someone else decided on this submission at the same moment. Here it is as it is now.");
        }
        return "redirect:/admin/submissions/" + id;
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
        model.addAttribute("links", queue.links(id));
        model.addAttribute("snapshot", check.snapshot(submission).orElse(null));
        model.addAttribute("ukTime", time);
        return "admin/submissions-detail";
    }

    /** The registration's reference, when the registration module is there to ask. */
    private RegistrationSummary registration(UUID registrationId) {
        Registrations registry = registrations.getIfAvailable();
        return registry == null ? null : registry.find(registrationId).orElse(null);
    }

    private static String notWaiting(SubmissionStatus status) {
        return "This submission is no longer waiting for the completeness check: it is "
                + Statuses.label(status).toLowerCase() + ".";
    }

    private static UUID personId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
