package org.waymark.submission.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;

/** A candidate's request for more time in a fixed-deadline round, and an administrator's answer to it. */
public record ExtensionRequest(@Id UUID id, UUID roundId, UUID candidateId, String reason, Instant requestedAt,
                               Status status, Instant answeredAt, UUID answeredBy, String answer) {

    public enum Status { OPEN, GRANTED, DECLINED }

    public ExtensionRequest answered(Status outcome, UUID by, Instant at, String text) {
        return new ExtensionRequest(id, roundId, candidateId, reason, requestedAt, outcome, at, by, text);
    }
}
