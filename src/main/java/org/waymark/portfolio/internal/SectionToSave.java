package org.waymark.portfolio.internal;

import java.time.Instant;

/**
 * A section as a save reads it, before the save's transaction, in one statement ({@link PortfolioRows}): the section,
 * the portfolio it belongs to, when its newest revision was kept (null: none, for {@link AutomaticRevisions}) and how
 * many evidence items it links to (for its checklist entry). Nothing the save decides needs it read inside the
 * transaction: the update is made only at the version read here ({@link PortfolioRows#updateSection}), so a save that
 * landed in between is found there and answered as a conflict.
 */
public record SectionToSave(Portfolio portfolio, PortfolioSection section, Instant lastRevisionAt, int evidenceLinks) {
}
