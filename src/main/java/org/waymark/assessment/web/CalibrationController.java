package org.waymark.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.waymark.assessment.internal.calibration.Calibration;
import org.waymark.framework.Pathway;
import org.waymark.submission.RoundSummary;

/**
 * Administrators (RUN_ASSESSMENT, by URL rule): calibration of the assessors, over every assessment with both reviews
 * in, or the rounds and pathway chosen. A filter that names no known round or pathway is shown back with a message
 * next to the field, and nothing is worked out.
 */
@Controller
class CalibrationController {

    private final Calibration calibration;

    CalibrationController(Calibration calibration) {
        this.calibration = calibration;
    }

    @GetMapping("/admin/calibration")
    String calibration(@RequestParam(name = "round", required = false) List<String> round,
                       @RequestParam(required = false) String pathway, Model model, HttpServletResponse response) {
        List<RoundSummary> rounds = calibration.rounds();
        List<Pathway> pathways = calibration.pathways();
        Map<String, String> problems = new LinkedHashMap<>();
        List<UUID> chosenRounds = new ArrayList<>();
        Set<UUID> known = rounds.stream().map(RoundSummary::id).collect(Collectors.toSet());
        for (String r : round == null ? List.<String>of() : round) {
            UUID id = uuid(r);
            if (id == null || !known.contains(id)) {
                problems.putIfAbsent("rounds", "Choose rounds from the list");
            } else if (!chosenRounds.contains(id)) {
                chosenRounds.add(id);
            }
        }
        String chosenPathway = pathway == null || pathway.isBlank() ? null : pathway;
        if (chosenPathway != null && pathways.stream().noneMatch(p -> p.key().equals(chosenPathway))) {
            problems.put("pathway", "Choose a pathway from the list");
        }
        model.addAttribute("rounds", rounds);
        model.addAttribute("pathways", pathways);
        model.addAttribute("chosenRounds", chosenRounds);
        model.addAttribute("chosenPathway", chosenPathway);
        model.addAttribute("problems", problems);
        model.addAttribute("minPairs", Calibration.MIN_PAIRS);
        model.addAttribute("inLine", CalibrationCharts.number(Calibration.IN_LINE));
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return "admin/calibration";
        }
        Calibration.Report report = calibration.report(new Calibration.Filter(chosenRounds, chosenPathway));
        model.addAttribute("report", report);
        model.addAttribute("agreementChart", CalibrationCharts.agreement(report.rows()));
        model.addAttribute("tendencyChart", CalibrationCharts.tendencies(report.assessors()));
        model.addAttribute("tendencies", CalibrationCharts.table(report.assessors()));
        return "admin/calibration";
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
