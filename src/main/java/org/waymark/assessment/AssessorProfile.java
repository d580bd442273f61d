package org.waymark.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.waymark.framework.AssessmentRules;

/**
 * One assessor as the rest of Waymark sees them: who they are, the award they hold (a pathway key, null until an
 * administrator enters it), where they work, what they know, how much they can take on in a round, when they are
 * away, how often they have served as second, and the conflicts they have declared.
 */
public record AssessorProfile(UUID personId, String name, String email, String awardPathway, String institution,
                              List<String> specialisms, int capacityPerRound, int timesAsSecond,
                              List<Unavailable> unavailable, List<DeclaredConflict> conflicts, long version) {

    /** Days (inclusive) on which the assessor cannot take work. */
    public record Unavailable(UUID id, LocalDate from, LocalDate to) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        public boolean overlaps(LocalDate start, LocalDate end) {
            return !end.isBefore(from) && !start.isAfter(to);
        }
    }

    /** Whether they may lead under these rules (they have served often enough as second). */
    public boolean mayLead(AssessmentRules rules) {
        return rules.mayLead(timesAsSecond);
    }

    /** Whether any unavailable range touches the days from {@code start} to {@code end} inclusive. */
    public boolean unavailableBetween(LocalDate start, LocalDate end) {
        return unavailable.stream().anyMatch(u -> u.overlaps(start, end));
    }
}
