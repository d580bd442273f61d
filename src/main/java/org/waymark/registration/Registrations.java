package org.waymark.registration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The registration module's face to the rest of Waymark (the submission module asks it whether a candidate may
 * submit). Permission checks are the caller's.
 */
public interface Registrations {

    String OBJECT_TYPE = "registration";

    Optional<RegistrationSummary> find(UUID registrationId);

    /** A person's registrations, newest first. */
    List<RegistrationSummary> heldBy(UUID personId);

    /** The registration that lets this person submit on this pathway at this instant: paid, not cancelled, not expired. */
    Optional<RegistrationSummary> validFor(UUID personId, String pathwayKey, Instant at);

    /** Every registration valid at this instant (for reminders before a deadline). */
    List<RegistrationSummary> validAt(Instant at);

    /**
     * Registers the person on the pathway at today's fee in that currency (an institution paying names itself and its
     * purchase order). Refused, with a message for the person, while they hold a valid or unpaid one on the pathway.
     */
    RegistrationSummary register(UUID personId, String pathwayKey, String currency, RegistrationSummary.Payer payer,
                                 String institutionName, String purchaseOrder);

    /** An administrator records the payment; validity starts now. */
    RegistrationSummary markPaid(UUID administratorId, UUID registrationId, String note);

    /** A submission has been made on it: from now on it cannot be cancelled. Idempotent. */
    void recordSubmission(UUID registrationId, Instant at);
}
