package org.waymark.assessment.internal.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A place on an assessment: its lead or its second assessor. A declined or replaced place stays as a record; the
 * current place for a role is the one {@linkplain Status#current() offered or accepted}.
 */
public record Place(UUID id, UUID assessmentId, Role role, UUID assessorId, Status status, Instant offeredAt,
                    Instant answeredAt, String reason, Instant lastRemindedAt, long version) {

    public enum Role {
        LEAD("Lead assessor"), SECOND("Second assessor");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** OFFERED: emailed, waiting for an answer; ACCEPTED; DECLINED (with a reason); REPLACED by an administrator. */
    public enum Status {
        OFFERED, ACCEPTED, DECLINED, REPLACED;

        public boolean current() {
            return this == OFFERED || this == ACCEPTED;
        }
    }

    public boolean current() {
        return status.current();
    }
}
