package org.waymark.portfolio.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface RevisionRepository extends ListCrudRepository<SectionRevision, UUID> {

    List<SectionRevision> findBySectionIdOrderByCreatedAtDesc(UUID sectionId);

    Optional<SectionRevision> findFirstBySectionIdOrderByCreatedAtDesc(UUID sectionId);

    long countBySectionId(UUID sectionId);
}
