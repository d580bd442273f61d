package org.waymark.submission.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** New requests are inserted with {@code JdbcAggregateTemplate.insert} (the id is ours, and there is no version). */
public interface ExtensionRequests extends ListCrudRepository<ExtensionRequest, UUID> {

    List<ExtensionRequest> findByRoundIdAndStatusOrderByRequestedAtAsc(UUID roundId, ExtensionRequest.Status status);

    List<ExtensionRequest> findByRoundIdAndCandidateIdOrderByRequestedAtDesc(UUID roundId, UUID candidateId);
}
