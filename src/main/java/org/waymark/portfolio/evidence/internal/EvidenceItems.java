package org.waymark.portfolio.evidence.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface EvidenceItems extends ListCrudRepository<EvidenceItem, UUID> {

    List<EvidenceItem> findByPortfolioIdOrderByCreatedAtAscIdAsc(UUID portfolioId);
}
