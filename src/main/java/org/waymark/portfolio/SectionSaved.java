package org.waymark.portfolio;

import java.time.Instant;
import java.util.UUID;

/** A section's text changed (explicit save, autosave, restore, copy-in or conflict resolution). */
public record SectionSaved(UUID portfolioId, UUID sectionId, UUID authorId, boolean revision, Instant at) {
}
