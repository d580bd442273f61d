package org.waymark.assessment.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.waymark.assessment.internal.forecast.RoundCapacity;

/** Administrators (RUN_ASSESSMENT, by URL rule): will the assessor pool cope with what a round expects? */
@Controller
class CapacityForecastController {

    private final RoundCapacity capacity;

    CapacityForecastController(RoundCapacity capacity) {
        this.capacity = capacity;
    }

    @GetMapping("/admin/assessors/forecast/{roundId}")
    String forecast(@PathVariable UUID roundId, Model model) {
        RoundCapacity.View view = capacity.forRound(roundId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("view", view);
        model.addAttribute("round", view.round());
        model.addAttribute("forecast", view.forecast());
        return "admin/capacity-forecast";
    }
}
