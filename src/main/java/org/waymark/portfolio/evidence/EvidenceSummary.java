package org.waymark.portfolio.evidence;

import java.time.Instant;
import java.util.UUID;

/** One evidence item as other modules and pages see it. File fields are null for links, {@code url} for files. */
public record EvidenceSummary(UUID id, UUID portfolioId, EvidenceKind kind, String title, String description,
                              String url, String fileName, String contentType, Long sizeBytes, String accessibleText,
                              boolean permissionConfirmed, Instant createdAt) {
}
