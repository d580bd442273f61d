package org.waymark.portfolio;

import java.time.Instant;
import java.util.UUID;

/** A portfolio at a glance: what the home page, and later a cohort dashboard, shows. */
public record PortfolioOverview(UUID id, UUID ownerId, String pathwayKey, String pathwayName, String frameworkVersion,
                                int sectionCount, int readyCount, int missingCount, boolean complete, Instant createdAt,
                                Instant lastActivity) {
}
