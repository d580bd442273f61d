package org.waymark.assessment.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.waymark.assessment.internal.allocation.RoundAllocation;

/** Administrators (RUN_ASSESSMENT, by URL rule): the proposed allocation of a round's accepted submissions. */
@Controller
class AllocationController {

    private final RoundAllocation allocation;

    AllocationController(RoundAllocation allocation) {
        this.allocation = allocation;
    }

    @GetMapping("/admin/assessors/allocation/{roundId}")
    String proposal(@PathVariable UUID roundId, Model model) {
        RoundAllocation.View view = allocation.propose(roundId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", view);
        model.addAttribute("round", view.round());
        model.addAttribute("proposal", view.proposal());
        return "admin/allocation";
    }
}
