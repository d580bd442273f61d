package org.waymark.portfolio;

import java.util.UUID;

public record PortfolioStarted(UUID portfolioId, UUID ownerId, String pathway, String frameworkVersion, UUID progressedFrom) {
}
