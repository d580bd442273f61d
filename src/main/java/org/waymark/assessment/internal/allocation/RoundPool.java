package org.waymark.assessment.internal.allocation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.waymark.assessment.AssessorProfile;
import org.waymark.assessment.Assessors;
import org.waymark.framework.AssessmentRules;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.submission.RoundForecast;

/**
 * The assessor pool as one round sees it: which pathways each may assess under the framework's rules, who may lead,
 * declared capacity, and whether their unavailable dates overlap the round's assessment window (when it has one).
 * The capacity forecast and the allocation both start from it.
 */
@Component
public class RoundPool {

    private final Assessors assessors;
    private final FrameworkCatalogue catalogue;
    private final ZoneId zone;

    RoundPool(Assessors assessors, FrameworkCatalogue catalogue, ZoneId displayZone) {
        this.assessors = assessors;
        this.catalogue = catalogue;
        this.zone = displayZone;
    }

    /**
     * @param profiles     every assessor's profile, as stored
     * @param assessors    the same people as the solver sees them this round
     * @param pathwayNames pathway keys to names, in the framework's order
     * @param windowKnown  whether the round has an assessment window (without one, dates away are not counted)
     */
    public record Pool(List<AssessorProfile> profiles, List<AllocationProblem.Assessor> assessors,
                       Map<String, String> pathwayNames, boolean windowKnown) {
    }

    public Pool of(RoundForecast round) {
        return of(round.assessmentStartsAt(), round.assessmentEndsAt());
    }

    /** The pool for a round whose assessment window is this (either end null: unknown). */
    public Pool of(java.time.Instant assessmentStartsAt, java.time.Instant assessmentEndsAt) {
        Framework framework = catalogue.current();
        AssessmentRules rules = framework.assessment();
        Map<String, String> names = new LinkedHashMap<>();
        framework.pathways().forEach(p -> names.put(p.key(), p.name()));
        boolean windowKnown = assessmentStartsAt != null && assessmentEndsAt != null;
        LocalDate from = windowKnown ? assessmentStartsAt.atZone(zone).toLocalDate() : null;
        LocalDate to = windowKnown ? assessmentEndsAt.atZone(zone).toLocalDate() : null;
        List<AssessorProfile> profiles = assessors.all();
        List<AllocationProblem.Assessor> seen = profiles.stream().map(a -> new AllocationProblem.Assessor(
                a.personId(), a.name(),
                names.keySet().stream().filter(p -> a.awardPathway() != null && rules.mayAssess(a.awardPathway(), p))
                        .collect(Collectors.toSet()),
                a.mayLead(rules), a.capacityPerRound(), windowKnown && a.unavailableBetween(from, to),
                Set.copyOf(a.specialisms()), 0)).toList();
        return new Pool(profiles, seen, Map.copyOf(names), windowKnown);
    }
}
