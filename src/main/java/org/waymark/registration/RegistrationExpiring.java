package org.waymark.registration;

import java.time.Instant;
import java.util.UUID;

/** A paid registration expires within {@code daysBefore} days (published once per reminder and expiry date). */
public record RegistrationExpiring(UUID registrationId, UUID personId, String reference, String pathwayName,
                                   Instant expiresAt, int daysBefore) {
}
