package org.waymark.assessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.waymark.assessment.internal.AssessorStore;

/** The assessment module's face for the assessor pool: every profile, or one by the assessor's person id. */
@Service
public class Assessors {

    private final AssessorStore store;

    Assessors(AssessorStore store) {
        this.store = store;
    }

    /** Every assessor, by name, with their unavailability and declared conflicts. */
    public List<AssessorProfile> all() {
        return store.all();
    }

    public Optional<AssessorProfile> find(UUID personId) {
        return store.find(personId);
    }
}
