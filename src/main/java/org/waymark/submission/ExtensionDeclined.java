package org.waymark.submission;

import java.util.UUID;

/** An administrator has declined a candidate's request for more time, with their answer. */
public record ExtensionDeclined(UUID roundId, String roundName, UUID candidateId, String answer) {
}
