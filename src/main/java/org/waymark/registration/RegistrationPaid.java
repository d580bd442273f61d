package org.waymark.registration;

import java.time.Instant;
import java.util.UUID;

/** An administrator has marked a registration paid: it is valid from {@code paidAt} until {@code expiresAt}. */
public record RegistrationPaid(UUID registrationId, UUID personId, String reference, String pathwayName,
                               Instant paidAt, Instant expiresAt) {
}
