package org.waymark.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.internal.allocation.AllocationProposal;
import org.waymark.assessment.internal.allocation.Allocations;
import org.waymark.assessment.internal.allocation.RoundAllocation;
import org.waymark.assessment.internal.allocation.Swap;
import org.waymark.assessment.internal.store.Assessment;

/**
 * Administrators (RUN_ASSESSMENT, by URL rule): a round's allocation. The confirmed assessments, with their places and
 * a proposed replacement for any open place; the accepted submissions not yet allocated, with the solver's proposal
 * in choices the administrator may change ("Check" keeps the choices and says what a rule refuses, next to the
 * field), then confirm.
 */
@Controller
class AllocationController {

    private final RoundAllocation allocation;
    private final Allocations allocations;

    AllocationController(RoundAllocation allocation, Allocations allocations) {
        this.allocation = allocation;
        this.allocations = allocations;
    }

    @GetMapping("/admin/assessors/allocation/{roundId}")
    String page(@PathVariable UUID roundId, Model model) {
        RoundAllocation.View view = view(roundId);
        return page(view, proposed(view), Map.of(), model);
    }

    @PostMapping("/admin/assessors/allocation/{roundId}")
    String confirm(@PathVariable UUID roundId, @RequestParam(defaultValue = "check") String action,
                   @RequestParam MultiValueMap<String, String> params, Authentication who, Model model,
                   RedirectAttributes redirect) {
        RoundAllocation.View view = view(roundId);
        Map<String, UUID> chosen = new HashMap<>();
        List<AllocationProposal.Pair> pairs = new ArrayList<>();
        for (var s : view.open()) {
            UUID lead = uuid(params.getFirst(Allocations.field(Swap.Role.LEAD, s.id())));
            UUID second = uuid(params.getFirst(Allocations.field(Swap.Role.SECOND, s.id())));
            chosen.put(Allocations.field(Swap.Role.LEAD, s.id()), lead);
            chosen.put(Allocations.field(Swap.Role.SECOND, s.id()), second);
            pairs.add(new AllocationProposal.Pair(s.id(), lead, second));
        }
        try {
            Map<String, String> problems = allocations.problems(view, pairs);
            if (!problems.isEmpty() || !"confirm".equals(action)) {
                if (problems.isEmpty()) {
                    model.addAttribute("notice", "These choices keep every rule. Confirm the allocation when you are ready.");
                }
                return page(view, chosen, problems, model);
            }
            List<Assessment> made = allocations.confirm(AssessorAdminController.personId(who), roundId, pairs);
            redirect.addFlashAttribute("notice", made.isEmpty()
                    ? "Nothing was allocated: no submission had both assessors chosen."
                    : "Allocation confirmed: " + made.size() + (made.size() == 1 ? " submission" : " submissions")
                            + " allocated. The assessors have been emailed and asked to accept or decline.");
        } catch (Allocations.AlreadyAllocated e) {
            redirect.addFlashAttribute("problem", "This allocation has been confirmed already (in another tab or window, or "
                    + "by another administrator), so nothing was changed. Here it is as it stands.");
        } catch (Refused refused) {
            return page(allocation.view(roundId).orElseThrow(), chosen, refused.problems(), model);
        }
        return "redirect:/admin/assessors/allocation/" + roundId;
    }

    /** Offers an open place to someone, or replaces the person who holds it. */
    @PostMapping("/admin/assessors/allocation/{roundId}/assessments/{assessmentId}/{role}")
    String offer(@PathVariable UUID roundId, @PathVariable UUID assessmentId, @PathVariable String role,
                 @RequestParam(required = false) String assessor, Authentication who, Model model,
                 RedirectAttributes redirect) {
        Swap.Role swapRole = "lead".equals(role) ? Swap.Role.LEAD : "second".equals(role) ? Swap.Role.SECOND : null;
        if (swapRole == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        RoundAllocation.View view = view(roundId);
        RoundAllocation.Confirmed confirmed = view.confirmed(assessmentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String field = "assessor-" + assessmentId + "-" + role;
        UUID chosen = uuid(assessor);
        Map<String, UUID> kept = new HashMap<>(proposed(view));
        kept.put(field, chosen);
        if (chosen == null) {
            return page(view, kept, Map.of(field, "Choose an assessor"), model);
        }
        try {
            allocations.offer(AssessorAdminController.personId(who), roundId, assessmentId, swapRole, chosen);
        } catch (Refused refused) {
            return page(view, kept, Map.of(field, refused.problems().values().iterator().next()), model);
        }
        String reference = confirmed.submission() == null ? "" : confirmed.submission().reference();
        redirect.addFlashAttribute("notice", "The " + swapRole + " place on " + reference + " has been offered to "
                + view.assessorNames().get(chosen) + ", who has been emailed.");
        return "redirect:/admin/assessors/allocation/" + roundId;
    }

    private RoundAllocation.View view(UUID roundId) {
        return allocation.view(roundId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The solver's proposal as the choices shown first, and the proposed replacement for each open place. */
    private static Map<String, UUID> proposed(RoundAllocation.View view) {
        Map<String, UUID> chosen = new HashMap<>();
        for (AllocationProposal.Pair pair : view.proposal().pairs()) {
            chosen.put(Allocations.field(Swap.Role.LEAD, pair.submission()), pair.lead());
            chosen.put(Allocations.field(Swap.Role.SECOND, pair.submission()), pair.second());
        }
        for (RoundAllocation.Confirmed c : view.confirmed()) {
            c.open().forEach((role, replacement) -> chosen.put("assessor-" + c.assessment().id() + "-" + role, replacement.proposed()));
        }
        return chosen;
    }

    private String page(RoundAllocation.View view, Map<String, UUID> chosen, Map<String, String> errors, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("round", view.round());
        model.addAttribute("proposal", view.proposal());
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        return "admin/allocation";
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
