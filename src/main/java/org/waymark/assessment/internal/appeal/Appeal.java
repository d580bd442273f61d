package org.waymark.assessment.internal.appeal;

import java.time.Instant;
import java.util.UUID;

/** A candidate's appeal against a released outcome, and the administrator's decision once made. */
public record Appeal(UUID id, UUID assessmentId, UUID submissionId, UUID candidateId, String reason, Instant appealedAt,
                     Status status, String decisionReason, Instant decidedAt, UUID decidedBy, long version) {

    /** OPEN: waiting for a decision; UPHELD: the outcome stands; REASSESS: new assessors are to assess it again. */
    public enum Status {
        OPEN("Waiting for a decision"), UPHELD("Outcome upheld"), REASSESS("To be reassessed by new assessors");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean open() {
        return status == Status.OPEN;
    }
}
