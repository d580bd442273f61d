package org.waymark.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A portfolio frozen when it was submitted: exactly what assessors see, whatever the candidate does to the live
 * portfolio afterwards. Never changed once made. Evidence files are referred to by their stored key, not copied.
 */
public record PortfolioSnapshot(UUID id, UUID portfolioId, UUID ownerId, String pathwayKey, String frameworkVersion,
                                Instant declarationSignedAt, String suggestedAssessorName, String suggestedAssessorEmail,
                                Instant createdAt, boolean held, List<Section> sections, List<Evidence> evidence) {

    /** One section as it was; {@code evidenceIds} are the evidence items linked from it. */
    public record Section(UUID sectionId, String sectionKey, int position, String label, String title, String description,
                          String reflection, String evidence, Set<String> principles, Instant copiedFromDate,
                          Instant updatedAt, List<UUID> evidenceIds) {
    }

    /** One evidence item as it was. A file's bytes stay in the evidence store under {@code storageKey}. */
    public record Evidence(UUID evidenceId, String kind, String title, String description, String url, String storageKey,
                           String fileName, String contentType, Long sizeBytes, String accessibleText,
                           boolean permissionConfirmed, Instant createdAt) {
    }
}
