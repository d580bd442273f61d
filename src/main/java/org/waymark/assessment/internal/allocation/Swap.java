package org.waymark.assessment.internal.allocation;

import java.util.UUID;

/** An administrator's change to a proposal: this assessor, in this role, on this submission. */
public record Swap(UUID submission, Role role, UUID assessor) {

    public Swap {
        if (submission == null || role == null || assessor == null) {
            throw new IllegalArgumentException("A swap names a submission, a role and an assessor");
        }
    }

    public enum Role {
        LEAD("lead"), SECOND("second");

        private final String word;

        Role(String word) {
            this.word = word;
        }

        public Role other() {
            return this == LEAD ? SECOND : LEAD;
        }

        @Override
        public String toString() {
            return word;
        }
    }
}
