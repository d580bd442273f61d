package org.waymark.registration.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.platform.AuditEvent;
import org.waymark.registration.RegistrationPaid;
import org.waymark.registration.RegistrationReceived;
import org.waymark.registration.RegistrationStatus;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.RegistrationSummary.Payer;
import org.waymark.registration.Registrations;

/**
 * Registering, payment as an administrator records it, cancelling, and the fees. Every change is audited with who,
 * when and why, in the same transaction. Permission checks are the controllers'.
 */
@Service
public class RegistrationService implements Registrations {

    private final RegistrationRepository repository;
    private final Fees fees;
    private final Validity validity;
    private final Permissions permissions;
    private final FrameworkCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    RegistrationService(RegistrationRepository repository, Fees fees, Validity validity, Permissions permissions,
                        FrameworkCatalogue catalogue, ApplicationEventPublisher events, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.fees = fees;
        this.validity = validity;
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    // ---- Registering ----

    /**
     * Registers the person on the pathway at today's fee in that currency. Refused while they hold a registration on
     * the same pathway that is valid, or unpaid and not cancelled.
     */
    @Override
    @Transactional
    public RegistrationSummary register(UUID personId, String pathway, String currency, Payer payer,
                                        String institutionName, String purchaseOrder) {
        Instant now = clock.instant();
        takeTurn(personId, pathway);
        Fee fee = fees.find(pathway, currency)
                .orElseThrow(() -> new RegistrationRefusedException("There is no fee for that pathway in " + currency + "."));
        blocking(personId, pathway).ifPresent(existing -> {
            throw new RegistrationRefusedException(refusal(existing));
        });
        String reference = ReferenceNumbers.next(now);
        while (repository.existsByReference(reference)) {
            reference = ReferenceNumbers.next(now);
        }
        Registration registration = Registration.register(reference, personId, pathway, fee.amount(), fee.currency(),
                payer, institutionName, purchaseOrder, now);
        repository.save(registration);
        permissions.grant(personId, Relation.OWNER, OBJECT_TYPE, registration.getId());
        audit(personId, "registration.registered", registration, pathwayName(pathway) + ", " + fee.display()
                + (payer == Payer.INSTITUTION ? ", paid by " + registration.getInstitutionName()
                + " (purchase order " + registration.getPurchaseOrder() + ")" : ", paid by the candidate"));
        events.publishEvent(new RegistrationReceived(registration.getId(), personId, reference, pathwayName(pathway),
                fee.amount(), fee.currency(), payer, registration.getInstitutionName(), registration.getPurchaseOrder()));
        return summary(registration);
    }

    /**
     * Waits for any other transaction registering this person on this pathway to finish, by locking their guard row
     * (made on first use; a concurrent insert of the same row waits, then does nothing).
     */
    private void takeTurn(UUID personId, String pathway) {
        jdbc.sql("INSERT INTO registration_guard (person_id, pathway) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(personId, pathway).update();
        jdbc.sql("SELECT person_id FROM registration_guard WHERE person_id = ? AND pathway = ? FOR UPDATE")
                .params(personId, pathway).query().listOfRows();
    }

    /** The registration that stops this person registering again on the pathway now, if any. */
    public Optional<RegistrationSummary> blocking(UUID personId, String pathway) {
        Instant now = clock.instant();
        return repository.findByPersonIdAndPathway(personId, pathway).stream().map(this::summary)
                .filter(r -> r.status() == RegistrationStatus.UNPAID || r.validAt(now))
                .findFirst();
    }

    private String refusal(RegistrationSummary existing) {
        return existing.status() == RegistrationStatus.UNPAID
                ? "You already have a registration for " + pathwayName(existing.pathwayKey()) + " (" + existing.reference()
                  + ") waiting for payment. Cancel it first if you want to register again."
                : "You already have a valid registration for " + pathwayName(existing.pathwayKey()) + " (" + existing.reference()
                  + "). You can register again once it has expired.";
    }

    // ---- Payment and cancellation ----

    @Override
    @Transactional
    public RegistrationSummary markPaid(UUID administrator, UUID id, String note) {
        Registration registration = registration(id);
        registration.markPaid(administrator, clock.instant());
        repository.save(registration);
        RegistrationSummary summary = summary(registration);
        audit(administrator, "registration.paid", registration, blankToNull(note));
        events.publishEvent(new RegistrationPaid(id, registration.getPersonId(), registration.getReference(),
                pathwayName(registration.getPathway()), summary.paidAt(), summary.expiresAt()));
        return summary;
    }

    @Transactional
    public RegistrationSummary markUnpaid(UUID administrator, UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RegistrationRefusedException("Say why the registration is being marked unpaid.");
        }
        Registration registration = registration(id);
        registration.markUnpaid();
        repository.save(registration);
        audit(administrator, "registration.marked-unpaid", registration, reason.strip());
        return summary(registration);
    }

    @Transactional
    public RegistrationSummary cancel(UUID actor, UUID id, String reason) {
        Registration registration = registration(id);
        registration.cancel(actor, reason, clock.instant());
        repository.save(registration);
        audit(actor, "registration.cancelled", registration, registration.getCancelReason());
        return summary(registration);
    }

    /** Whether it may still be cancelled: not cancelled already, and nothing submitted on it. */
    public static boolean cancellable(RegistrationSummary r) {
        return r.status() != RegistrationStatus.CANCELLED && r.firstSubmittedAt() == null;
    }

    // ---- Fees ----

    public List<Fee> fees() {
        return fees.all();
    }

    public Optional<Fee> fee(String pathway, String currency) {
        return fees.find(pathway, currency);
    }

    /** Existing registrations keep the fee they were charged. */
    @Transactional
    public void changeFee(UUID administrator, String pathway, String currency, BigDecimal amount, String reason) {
        Optional<Fee> before = fees.find(pathway, currency);
        fees.set(pathway, currency, amount, administrator, clock.instant());
        String detail = pathwayName(pathway) + " in " + currency + ": "
                + before.map(Fee::display).map(d -> d + " to ").orElse("new, ") + Fee.display(amount, currency)
                + (reason == null || reason.isBlank() ? "" : ". " + reason.strip());
        events.publishEvent(new AuditEvent(administrator, "fee.changed", "fee", pathway + "/" + currency, detail));
    }

    // ---- Lists ----

    public record RegistrationPage(List<RegistrationSummary> registrations, long total) {
    }

    /** For administrators: newest first, optionally one status only. {@code offset} counts from 0. */
    public RegistrationPage page(RegistrationStatus status, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(0, page), size, Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by("id")));
        Page<Registration> found = status == null ? repository.findAll(request) : repository.findByStatus(status, request);
        return new RegistrationPage(found.getContent().stream().map(this::summary).toList(), found.getTotalElements());
    }

    /**
     * For administrators looking for one registration: {@code text} found in its reference, purchase order or paying
     * institution, or in the name or email of {@code people} (the ids the account module matched to the text).
     */
    public RegistrationPage search(RegistrationStatus status, String text, java.util.Collection<UUID> people, int page, int size) {
        // An empty IN list is not portable SQL: the nil id stands for "nobody".
        java.util.Collection<UUID> anyOf = people.isEmpty() ? List.of(new UUID(0, 0)) : people;
        var params = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("status", status == null ? null : status.name())
                .addValue("pattern", org.waymark.account.People.containing(text))
                .addValue("people", anyOf)
                .addValue("limit", size).addValue("offset", (long) Math.max(0, page) * size);
        String where = """
                 FROM registration
                WHERE (CAST(:status AS VARCHAR(10)) IS NULL OR status = :status)
                  AND (LOWER(reference) LIKE :pattern ESCAPE '!'
                       OR LOWER(purchase_order) LIKE :pattern ESCAPE '!'
                       OR LOWER(institution_name) LIKE :pattern ESCAPE '!'
                       OR person_id IN (:people))""";
        long total = jdbc.sql("SELECT COUNT(*)" + where).paramSource(params).query(Long.class).single();
        List<UUID> ids = jdbc.sql("SELECT id" + where + " ORDER BY registered_at DESC, id LIMIT :limit OFFSET :offset")
                .paramSource(params).query(UUID.class).list();
        Map<UUID, Registration> byId = new java.util.HashMap<>();
        repository.findAllById(ids).forEach(r -> byId.put(r.getId(), r));
        return new RegistrationPage(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(this::summary).toList(), total);
    }

    public long count(RegistrationStatus status) {
        return status == null ? repository.count() : repository.findByStatus(status, PageRequest.of(0, 1)).getTotalElements();
    }

    public String pathwayName(String key) {
        return catalogue.current().findPathway(key).map(p -> p.name()).orElse(key);
    }

    // ---- Registrations (the module's API) ----

    @Override
    public Optional<RegistrationSummary> find(UUID registrationId) {
        return repository.findById(registrationId).map(this::summary);
    }

    @Override
    public List<RegistrationSummary> heldBy(UUID personId) {
        return repository.findByPersonIdOrderByRegisteredAtDesc(personId).stream().map(this::summary).toList();
    }

    @Override
    public Optional<RegistrationSummary> validFor(UUID personId, String pathwayKey, Instant at) {
        return repository.findByPersonIdAndPathway(personId, pathwayKey).stream().map(this::summary)
                .filter(r -> r.validAt(at)).findFirst();
    }

    @Override
    public List<RegistrationSummary> validAt(Instant at) {
        return repository.findByStatus(RegistrationStatus.PAID).stream().map(this::summary).filter(r -> r.validAt(at)).toList();
    }

    @Override
    @Transactional
    public void recordSubmission(UUID registrationId, Instant at) {
        Registration registration = registration(registrationId);
        if (registration.getFirstSubmittedAt() == null) {
            registration.recordSubmission(at);
            repository.save(registration);
        }
    }

    /** Paid registrations, for the expiry reminders. */
    List<RegistrationSummary> paid() {
        return repository.findByStatus(RegistrationStatus.PAID).stream().map(this::summary).toList();
    }

    /** The registration with what the summary leaves out (who paid, when and why it was cancelled), for its pages. */
    public Optional<Registration> details(UUID id) {
        return repository.findById(id);
    }

    private Registration registration(UUID id) {
        return repository.findById(id).orElseThrow(() -> new java.util.NoSuchElementException("No registration " + id));
    }

    RegistrationSummary summary(Registration r) {
        Instant expires = r.getStatus() == RegistrationStatus.PAID ? validity.expiresAt(r.getPaidAt()) : null;
        return new RegistrationSummary(r.getId(), r.getReference(), r.getPersonId(), r.getPathway(), r.getStatus(),
                r.getFeeAmount(), r.getFeeCurrency(), r.getPayer(), r.getInstitutionName(), r.getPurchaseOrder(),
                r.getRegisteredAt(), r.getPaidAt(), expires, r.getFirstSubmittedAt());
    }

    private void audit(UUID actor, String action, Registration r, String why) {
        String detail = r.getReference() + (why == null ? "" : ": " + why);
        events.publishEvent(new AuditEvent(actor, action, OBJECT_TYPE, r.getId().toString(), detail));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
