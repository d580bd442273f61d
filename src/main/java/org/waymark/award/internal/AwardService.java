package org.waymark.award.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.assessment.Assessors;
import org.waymark.award.Award;
import org.waymark.award.AwardIssued;
import org.waymark.award.AwardRevoked;
import org.waymark.award.Awards;
import org.waymark.award.Listing;
import org.waymark.platform.AuditEvent;

/**
 * Issues, revokes and reissues awards. An award is recorded in one transaction with its certificate number (see
 * {@link CertificateNumbers}), the holder's grant to see it, the event and the audit entry.
 */
@Service
public class AwardService implements Awards {

    /** 20 random bytes: the verification address cannot be guessed, however many awards there are. */
    private static final int TOKEN_BYTES = 20;

    private final AwardStore store;
    private final CertificateNumbers numbers;
    private final People people;
    private final Assessors assessors;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final Register register;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    AwardService(AwardStore store, CertificateNumbers numbers, People people, Assessors assessors, Permissions permissions,
                 ApplicationEventPublisher events, Register register, Clock clock, ZoneId displayZone) {
        this.store = store;
        this.numbers = numbers;
        this.people = people;
        this.assessors = assessors;
        this.permissions = permissions;
        this.events = events;
        this.register = register;
        this.clock = clock;
        this.zone = displayZone;
    }

    @Override
    @Transactional
    public Award issue(UUID holderId, String pathwayKey, UUID submissionId, String outcomeKey, UUID by) {
        Optional<Award> already = submissionId == null ? Optional.empty() : store.bySubmission(submissionId);
        if (already.isPresent()) {
            return already.get();
        }
        PersonSummary holder = people.find(holderId).orElseThrow(() -> new IllegalArgumentException("No person " + holderId));
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored
        LocalDate today = now.atZone(zone).toLocalDate();
        Award award = new Award(UUID.randomUUID(), numbers.next(today.getYear()), token(), holderId, holder.name(), pathwayKey,
                submissionId, outcomeKey, today, now, false, null, null, 1, now, today.plusYears(1), 0);
        store.insert(award, by);
        permissions.grant(holderId, Relation.OWNER, OBJECT_TYPE, award.id());
        assessors.recordAward(holderId, pathwayKey, award.certificateNumber());
        events.publishEvent(new AwardIssued(award.id(), award.certificateNumber(), holderId, pathwayKey, submissionId, now));
        events.publishEvent(new AuditEvent(by, "award.issued", OBJECT_TYPE, award.id().toString(),
                award.certificateNumber() + ": " + holder.name() + ", " + pathwayKey));
        return award;
    }

    @Override
    public Optional<Award> find(UUID awardId) {
        return store.find(awardId);
    }

    @Override
    public Optional<Award> byToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : store.byToken(token.strip());
    }

    @Override
    public Optional<Award> byNumber(String certificateNumber) {
        if (certificateNumber == null || certificateNumber.isBlank()) {
            return Optional.empty();
        }
        return store.byNumber(certificateNumber.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public List<Award> heldBy(UUID holderId) {
        return store.heldBy(holderId);
    }

    @Override
    public void chooseListing(UUID holderId, UUID awardId, Listing listing) {
        register.choose(holderId, awardId, listing);
    }

    public List<Award> search(String q, int limit, int offset) {
        return store.search(q, limit, offset);
    }

    /** Thrown when the award changed (or was revoked) since the administrator's page was drawn. */
    public static class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile() {
            super("The award has changed since you opened the page");
        }
    }

    /** Revokes a valid award with a reason the holder is told; the verification page says so from now on. */
    @Transactional
    public Award revoke(UUID administratorId, UUID awardId, long version, String reason) {
        Award award = store.find(awardId).orElseThrow();
        Instant now = clock.instant();
        if (!store.revoke(awardId, version, administratorId, now, reason.strip())) {
            throw new ChangedMeanwhile();
        }
        register.withdraw(awardId);
        events.publishEvent(new AwardRevoked(awardId, award.certificateNumber(), award.holderId(), administratorId, now,
                reason.strip()));
        events.publishEvent(new AuditEvent(administratorId, "award.revoked", OBJECT_TYPE, awardId.toString(),
                award.certificateNumber() + ": " + reason.strip()));
        return store.find(awardId).orElseThrow();
    }

    /** Reissues the certificate under a new name (a change of name): same number, next issue. */
    @Transactional
    public Award reissue(UUID administratorId, UUID awardId, long version, String holderName) {
        Award award = store.find(awardId).orElseThrow();
        if (!store.reissue(awardId, version, holderName.strip(), clock.instant())) {
            throw new ChangedMeanwhile();
        }
        register.rename(awardId, holderName.strip());
        events.publishEvent(new AuditEvent(administratorId, "award.reissued", OBJECT_TYPE, awardId.toString(),
                award.certificateNumber() + ": " + award.holderName() + " -> " + holderName.strip()));
        return store.find(awardId).orElseThrow();
    }

    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    private String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
