package org.waymark.submission.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

public interface Rounds extends ListCrudRepository<Round, UUID> {

    List<Round> findAllByOrderByOpensAtDesc();
}
