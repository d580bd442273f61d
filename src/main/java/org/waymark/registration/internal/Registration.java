package org.waymark.registration.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.waymark.registration.RegistrationStatus;
import org.waymark.registration.RegistrationSummary.Payer;

/**
 * A candidate's registration on one pathway, with the fee it was charged. It guards its own life cycle: paid and
 * unpaid only by an administrator and never once cancelled, cancelled only before the first submission.
 */
public class Registration {

    @Id
    private UUID id;
    private String reference;
    private UUID personId;
    private String pathway;
    private BigDecimal feeAmount;
    private String feeCurrency;
    private Payer payer;
    private String institutionName;
    private String purchaseOrder;
    private RegistrationStatus status;
    private Instant registeredAt;
    private Instant paidAt;
    private UUID paidBy;
    private Instant cancelledAt;
    private UUID cancelledBy;
    private String cancelReason;
    private Instant firstSubmittedAt;
    @Version
    private Long version;

    protected Registration() {
    }

    static Registration register(String reference, UUID personId, String pathway, BigDecimal fee, String currency,
                                 Payer payer, String institutionName, String purchaseOrder, Instant now) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.reference = reference;
        r.personId = personId;
        r.pathway = pathway;
        r.feeAmount = fee;
        r.feeCurrency = currency;
        r.payer = payer;
        if (payer == Payer.INSTITUTION) {
            r.institutionName = institutionName.strip();
            r.purchaseOrder = purchaseOrder.strip();
        }
        r.status = RegistrationStatus.UNPAID;
        r.registeredAt = now;
        return r;
    }

    void markPaid(UUID by, Instant now) {
        if (status != RegistrationStatus.UNPAID) {
            throw new RegistrationRefusedException(status == RegistrationStatus.PAID
                    ? "This registration is already marked paid." : "A cancelled registration cannot be marked paid.");
        }
        status = RegistrationStatus.PAID;
        paidAt = now;
        paidBy = by;
    }

    void markUnpaid() {
        if (status != RegistrationStatus.PAID) {
            throw new RegistrationRefusedException("Only a paid registration can be marked unpaid.");
        }
        status = RegistrationStatus.UNPAID;
        paidAt = null;
        paidBy = null;
    }

    boolean cancellable() {
        return status != RegistrationStatus.CANCELLED && firstSubmittedAt == null;
    }

    void cancel(UUID by, String reason, Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw new RegistrationRefusedException("This registration has already been cancelled.");
        }
        if (firstSubmittedAt != null) {
            throw new RegistrationRefusedException("This registration cannot be cancelled: a portfolio has been submitted on it.");
        }
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
        cancelledBy = by;
        cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Idempotent: the first submission is the one that counts. */
    void recordSubmission(Instant at) {
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public UUID getPersonId() { return personId; }
    public String getPathway() { return pathway; }
    public BigDecimal getFeeAmount() { return feeAmount; }
    public String getFeeCurrency() { return feeCurrency; }
    public Payer getPayer() { return payer; }
    public String getInstitutionName() { return institutionName; }
    public String getPurchaseOrder() { return purchaseOrder; }
    public RegistrationStatus getStatus() { return status; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Instant getPaidAt() { return paidAt; }
    public UUID getPaidBy() { return paidBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public UUID getCancelledBy() { return cancelledBy; }
    public String getCancelReason() { return cancelReason; }
    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Long getVersion() { return version; }
}
