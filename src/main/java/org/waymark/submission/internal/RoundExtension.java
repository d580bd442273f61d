package org.waymark.submission.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** An administrator's extension of one fixed-deadline round's deadline for one candidate: until when, and why. */
public record RoundExtension(@Id UUID id, UUID roundId, UUID candidateId, Instant untilAt, String reason, UUID grantedBy,
                             Instant grantedAt, @Version Long version) {
}
