package org.waymark.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PersonRepository extends ListCrudRepository<Person, UUID> {

    Optional<Person> findByEmail(String email);

    @Query("""
            SELECT * FROM person
            WHERE LOWER(name) LIKE :pattern OR email LIKE :pattern OR LOWER(COALESCE(institution, '')) LIKE :pattern
            ORDER BY name LIMIT 200""")
    List<Person> search(String pattern);
}
