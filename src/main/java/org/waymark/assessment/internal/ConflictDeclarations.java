package org.waymark.assessment.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.assessment.DeclaredConflict;
import org.waymark.platform.AuditEvent;

/** An assessor's own declarations of conflicts of interest: only ever their own, each audited. */
@Service
public class ConflictDeclarations {

    private final AssessorStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConflictDeclarations(AssessorStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    public List<DeclaredConflict> of(UUID assessorId) {
        return store.conflictsOf(assessorId);
    }

    @Transactional
    public DeclaredConflict declare(UUID assessorId, DeclaredConflict.Kind kind, String target, String reason) {
        DeclaredConflict conflict = new DeclaredConflict(UUID.randomUUID(), assessorId, kind, target.strip(), reason.strip(),
                clock.instant());
        store.declare(conflict);
        events.publishEvent(new AuditEvent(assessorId, "conflict.declared", "assessor-conflict", conflict.id().toString(),
                kind.label() + ": " + conflict.target()));
        return conflict;
    }

    /** Withdraws one of the assessor's own declarations; false (and nothing changed) when they have none with that id. */
    @Transactional
    public boolean withdraw(UUID assessorId, UUID conflictId) {
        return store.withdraw(assessorId, conflictId).map(removed -> {
            events.publishEvent(new AuditEvent(assessorId, "conflict.withdrawn", "assessor-conflict", conflictId.toString(),
                    removed.kind().label() + ": " + removed.target()));
            return true;
        }).orElse(false);
    }
}
