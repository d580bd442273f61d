package org.waymark.assessment;

import java.time.Instant;
import java.util.UUID;

/** A conflict of interest an assessor has declared against a named person (a name or an email) or an institution. */
public record DeclaredConflict(UUID id, UUID assessorId, Kind kind, String target, String reason, Instant declaredAt) {

    public enum Kind {
        PERSON("Person"), INSTITUTION("Institution");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
