package org.waymark.registration.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;
import org.waymark.registration.RegistrationStatus;

interface RegistrationRepository extends ListCrudRepository<Registration, UUID>, ListPagingAndSortingRepository<Registration, UUID> {

    List<Registration> findByPersonIdOrderByRegisteredAtDesc(UUID personId);

    List<Registration> findByPersonIdAndPathway(UUID personId, String pathway);

    List<Registration> findByStatus(RegistrationStatus status);

    Page<Registration> findByStatus(RegistrationStatus status, Pageable pageable);

    boolean existsByReference(String reference);
}
