package org.waymark.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PersonRepository extends ListCrudRepository<Person, UUID> {

    Optional<Person> findByEmail(String email);

    /** {@code pattern} escapes its own {@code %} and {@code _} with {@code !} (see {@code People.containing}). */
    @Query("""
            SELECT * FROM person
            WHERE LOWER(name) LIKE :pattern ESCAPE '!' OR email LIKE :pattern ESCAPE '!'
               OR LOWER(COALESCE(institution, '')) LIKE :pattern ESCAPE '!'
            ORDER BY name LIMIT 200""")
    List<Person> search(String pattern);
}
