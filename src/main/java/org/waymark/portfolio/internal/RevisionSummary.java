package org.waymark.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

/** One line of a section's revision history: what the list shows, without the texts. */
public record RevisionSummary(UUID id, SectionRevision.Kind kind, String reason, WordCounts words, Instant createdAt) {
}
