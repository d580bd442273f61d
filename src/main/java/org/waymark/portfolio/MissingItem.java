package org.waymark.portfolio;

import java.util.UUID;

/**
 * One thing a portfolio still needs before it is complete, with where to put it right. {@code sectionId} and
 * {@code heading} are null for what belongs to the portfolio as a whole (an unclaimed core principle, the unsigned
 * confirmation, too few of a repeatable section). {@code path} is the page that fixes it: the section's editor, the
 * principles page, the confirmation page, or the portfolio's checklist.
 */
public record MissingItem(UUID sectionId, String heading, String problem, String path) {

    /** In the words of the portfolio's checklist: "1a Constraints...: No reflection", or the problem alone. */
    public String text() {
        return heading == null ? problem : heading + ": " + problem;
    }
}
