package org.waymark.registration;

import java.math.BigDecimal;
import java.util.UUID;

/** A candidate has registered on a pathway; it waits for an administrator to mark it paid. */
public record RegistrationReceived(UUID registrationId, UUID personId, String reference, String pathwayName,
                                   BigDecimal fee, String currency, RegistrationSummary.Payer payer,
                                   String institutionName, String purchaseOrder) {
}
