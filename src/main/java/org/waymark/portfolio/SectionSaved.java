package org.waymark.portfolio;

import java.time.Instant;
import java.util.UUID;

/**
 * A section's text changed and a revision of it was kept: an explicit save, a restore, a conflict resolved, or an
 * autosave that kept a revision by itself (at least every ten minutes of writing). An autosave that only moves the
 * working copy publishes nothing, so a listener, even an {@code @ApplicationModuleListener} whose every event
 * the JDBC registry writes to {@code event_publication}, never costs a database write per autosave.
 */
public record SectionSaved(UUID portfolioId, UUID sectionId, UUID authorId, Instant at) {
}
