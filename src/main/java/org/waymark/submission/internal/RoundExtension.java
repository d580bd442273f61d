package org.waymark.submission.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** An administrator's extension of one fixed-deadline round's deadline for one candidate: until when, and why. */
public record RoundExtension(@Id UUID id, UUID roundId, UUID candidateId, Instant untilAt, String reason, UUID grantedBy,
                             Instant grantedAt, @Version Long version) {

    /** The same extension with a new end and reason, granted again now by this administrator. */
    public RoundExtension regranted(Instant newUntilAt, String newReason, UUID by, Instant at) {
        return new RoundExtension(id, roundId, candidateId, newUntilAt, newReason, by, at, version);
    }
}
