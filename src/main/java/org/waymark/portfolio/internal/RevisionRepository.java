package org.waymark.portfolio.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface RevisionRepository extends ListCrudRepository<SectionRevision, UUID> {

    Optional<SectionRevision> findFirstBySectionIdOrderByCreatedAtDesc(UUID sectionId);

    long countBySectionId(UUID sectionId);
}
