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
import org.waymark.award.AwardConfirmed;
import org.waymark.award.AwardIssued;
import org.waymark.award.AwardRevoked;
import org.waymark.award.Awards;
import org.waymark.award.MembershipPaid;
import org.waymark.award.Listing;
import org.waymark.platform.AuditEvent;
import org.waymark.portfolio.PortfolioOverview;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.Submitting;

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
    private final Portfolios portfolios;
    private final Submitting submitting;
    private final Register register;
    private final Clock clock;
    private final ZoneId zone;
    private final SecureRandom random = new SecureRandom();

    AwardService(AwardStore store, CertificateNumbers numbers, People people, Assessors assessors, Permissions permissions,
                 ApplicationEventPublisher events, Register register, Clock clock, ZoneId displayZone,
                 Portfolios portfolios, Submitting submitting) {
        this.portfolios = portfolios;
        this.submitting = submitting;
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
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as stored
        return record(holderId, pathwayKey, submissionId, outcomeKey, now.atZone(zone).toLocalDate(), now, by);
    }

    @Override
    @Transactional
    public Award recordEarlier(UUID holderId, String pathwayKey, LocalDate awardedOn, UUID by) {
        if (awardedOn.isAfter(today())) {
            throw new IllegalArgumentException("An earlier award cannot be dated after today");
        }
        return record(holderId, pathwayKey, null, "pass", awardedOn,
                awardedOn.atTime(java.time.LocalTime.NOON).atZone(zone).toInstant(), by);
    }

    private Award record(UUID holderId, String pathwayKey, UUID submissionId, String outcomeKey, LocalDate today,
                         Instant now, UUID by) {
        PersonSummary holder = people.find(holderId).orElseThrow(() -> new IllegalArgumentException("No person " + holderId));
        Award award = new Award(UUID.randomUUID(), numbers.next(today.getYear()), token(), holderId, holder.name(), pathwayKey,
                submissionId, outcomeKey, today, now, false, null, null, 1, now, today.plusYears(1), today.plusYears(3), 0);
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

    /**
     * Records a year's certified-membership fee, from the version the administrator saw: membership is paid one year
     * further on than it was (a member who lapsed two years ago and pays one year is still lapsed). The holder is
     * emailed a receipt. Refused for a revoked award.
     */
    @Override
    @Transactional
    public Award recordPayment(UUID administratorId, UUID awardId, long version) {
        Award award = store.find(awardId).orElseThrow();
        LocalDate from = award.membershipPaidUntil();
        LocalDate until = from.plusYears(1);
        if (award.revoked() || !store.recordPayment(awardId, version, from, until)) {
            throw new ChangedMeanwhile();
        }
        Instant now = clock.instant();
        events.publishEvent(new MembershipPaid(awardId, award.certificateNumber(), award.holderId(), from, until,
                administratorId, now));
        events.publishEvent(new AuditEvent(administratorId, "award.membership-paid", OBJECT_TYPE, awardId.toString(),
                award.certificateNumber() + ": paid until " + until));
        return store.find(awardId).orElseThrow();
    }

    /**
     * A portfolio review of this submission confirmed the holder's award for the pathway: the next review falls due
     * three years after this one was due. Once per submission, however often the result is delivered. Empty when the
     * holder has no award on the pathway that stands (revoked meanwhile).
     */
    @Transactional
    public Optional<Award> confirmByReview(UUID holderId, String pathwayKey, UUID submissionId, UUID by) {
        Optional<Award> award = reviewable(holderId, pathwayKey);
        if (award.isEmpty() || !store.confirmReview(award.get().id(), submissionId)) {
            return award;
        }
        Award confirmed = store.find(award.get().id()).orElseThrow();
        events.publishEvent(new AwardConfirmed(confirmed.id(), confirmed.certificateNumber(), holderId, submissionId,
                confirmed.portfolioReviewDueOn()));
        events.publishEvent(new AuditEvent(by, "award.review-confirmed", OBJECT_TYPE, confirmed.id().toString(),
                confirmed.certificateNumber() + ": confirmed by portfolio review; next review due "
                        + confirmed.portfolioReviewDueOn()));
        return Optional.of(confirmed);
    }

    @Override
    public UUID submitPortfolioReview(UUID holderId, UUID portfolioId, UUID roundId) {
        PortfolioOverview portfolio = portfolios.overview(portfolioId).filter(p -> p.ownerId().equals(holderId))
                .orElseThrow(() -> new IllegalStateException("That portfolio is not yours."));
        if (reviewable(holderId, portfolio.pathwayKey()).isEmpty()) {
            throw new IllegalStateException("You hold no " + portfolio.pathwayName()
                    + " award that stands, so there is nothing to review: a portfolio review is for certified members.");
        }
        return submitting.submitPortfolioReview(holderId, portfolioId, roundId, clock.instant());
    }

    /** The holder's award on this pathway that a portfolio review can confirm: the newest not revoked (valid or lapsed). */
    public Optional<Award> reviewable(UUID holderId, String pathwayKey) {
        return store.heldBy(holderId).stream().filter(a -> !a.revoked() && a.pathwayKey().equals(pathwayKey)).findFirst();
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
