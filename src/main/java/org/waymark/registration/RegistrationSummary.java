package org.waymark.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A registration as other modules and pages see it. {@code expiresAt} is null until it is paid; the fee is the one
 * charged when the candidate registered, whatever the fee is today.
 */
public record RegistrationSummary(UUID id, String reference, UUID personId, String pathwayKey, RegistrationStatus status,
                                  BigDecimal fee, String currency, Payer payer, String institutionName, String purchaseOrder,
                                  Instant registeredAt, Instant paidAt, Instant expiresAt, Instant firstSubmittedAt) {

    /** Paid, not cancelled, and not yet expired at this instant. */
    public boolean validAt(Instant at) {
        return status == RegistrationStatus.PAID && paidAt != null && !at.isBefore(paidAt)
                && expiresAt != null && at.isBefore(expiresAt);
    }

    public enum Payer { SELF, INSTITUTION }
}
