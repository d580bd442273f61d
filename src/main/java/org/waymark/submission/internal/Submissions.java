package org.waymark.submission.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface Submissions extends ListCrudRepository<Submission, UUID> {

    List<Submission> findByCandidateIdOrderBySubmittedAtDesc(UUID candidateId);

    List<Submission> findByRoundIdOrderBySubmittedAtAsc(UUID roundId);
}
