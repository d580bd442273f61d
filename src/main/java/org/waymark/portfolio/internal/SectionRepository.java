package org.waymark.portfolio.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface SectionRepository extends ListCrudRepository<PortfolioSection, UUID> {

    List<PortfolioSection> findByPortfolioIdOrderByPosition(UUID portfolioId);

    List<PortfolioSection> findByPortfolioIdInOrderByPosition(java.util.Collection<UUID> portfolioIds);
}
