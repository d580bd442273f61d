package org.waymark.submission.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface RoundExtensions extends ListCrudRepository<RoundExtension, UUID> {

    Optional<RoundExtension> findByRoundIdAndCandidateId(UUID roundId, UUID candidateId);

    List<RoundExtension> findByRoundIdOrderByGrantedAtDesc(UUID roundId);

    List<RoundExtension> findByCandidateId(UUID candidateId);
}
