package org.waymark.portfolio.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface PortfolioRepository extends ListCrudRepository<Portfolio, UUID> {

    List<Portfolio> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);
}
