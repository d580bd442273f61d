package org.waymark.assessment.internal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One assessor's review of one assessment, as ALT's 2026 transcript has it: a row per section and per core
 * principle, a recommended outcome and written feedback. A DRAFT is saved as often as the assessor likes (each save
 * from the version read); once SUBMITTED it is locked.
 */
public record Review(UUID id, UUID assessmentId, UUID assessorId, Place.Role role, Status status, String recommendedOutcome,
                     String feedback, Instant createdAt, Instant updatedAt, Instant submittedAt, long version,
                     List<Row> rows) {

    public enum Status {
        DRAFT, SUBMITTED
    }

    /**
     * SECTION rows are keyed by the section's key and instance ("1a#1", "specialist#2"): an assessed section has a
     * grade, one that is not graded (contextual statement, future plans) is marked complete or not. PRINCIPLE rows
     * are keyed by the core principle's key and graded across the whole portfolio.
     */
    public enum RowKind {
        SECTION, PRINCIPLE
    }

    public record Row(RowKind kind, String key, String grade, Boolean complete, String comment) {
    }

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }

    public Optional<Row> row(RowKind kind, String key) {
        return rows.stream().filter(r -> r.kind() == kind && r.key().equals(key)).findFirst();
    }
}
