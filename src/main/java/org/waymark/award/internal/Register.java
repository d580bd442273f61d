package org.waymark.award.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.award.Award;
import org.waymark.award.Awards;
import org.waymark.award.Listing;
import org.waymark.platform.AuditEvent;

/**
 * The portfolio register: holders choose how each award is listed, and anyone searches it. A visitor (signed out, or
 * signed in without a valid award) sees public entries; a certified member (a holder of a valid award) sees
 * members-only entries too. Revoked awards are never shown; a lapsed member's entry says so.
 */
@Service
public class Register {

    /** Results a page. */
    public static final int PAGE_SIZE = 20;
    /** Counted exactly up to this many; beyond, "more than" (and pages stop there: narrow the search). */
    public static final int COUNT_CAP = 1000;

    /** One page of results and how many match (at most {@link #COUNT_CAP} + 1: then "more than"). */
    public record Results(List<RegisterEntry> entries, int matched, int page, boolean member) {

        public boolean moreThanCap() {
            return matched > COUNT_CAP;
        }

        public int pages() {
            return Math.max(1, (Math.min(matched, COUNT_CAP) + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    private final RegisterStore store;
    private final AwardStore awards;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    Register(RegisterStore store, AwardStore awards, ApplicationEventPublisher events, Clock clock, ZoneId displayZone) {
        this.store = store;
        this.awards = awards;
        this.events = events;
        this.clock = clock;
        this.zone = displayZone;
    }

    /** The holder's choice for this award; not listed until they choose. */
    public Listing listing(UUID awardId) {
        return store.listing(awardId).orElseGet(Listing::notListed);
    }

    /** Whether this person is a certified member now: the holder of an award that is valid today. */
    public boolean certifiedMember(UUID personId) {
        LocalDate today = today();
        return personId != null && awards.heldBy(personId).stream().anyMatch(a -> a.standing(today) == Award.Standing.VALID);
    }

    /** Records the holder's choice (permission is the caller's: the holder, as owner of the award). */
    @Transactional
    public void choose(UUID holderId, UUID awardId, Listing listing) {
        Award award = awards.find(awardId).filter(a -> a.holderId().equals(holderId))
                .orElseThrow(() -> new IllegalArgumentException("Not the holder's award: " + awardId));
        if (award.revoked()) {
            throw new IllegalArgumentException("A revoked award cannot be listed: " + award.certificateNumber());
        }
        store.save(award, listing, clock.instant());
        events.publishEvent(new AuditEvent(holderId, "award.listing-chosen", Awards.OBJECT_TYPE, awardId.toString(),
                award.certificateNumber() + ": " + listing.visibility().name()));
    }

    /** A page (from 1) of entries matching the criteria that this viewer may see. */
    public Results search(RegisterQuery.Criteria criteria, boolean member, int page) {
        int matched = store.count(criteria, member, COUNT_CAP);
        int last = Math.max(1, (Math.min(matched, COUNT_CAP) + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), last);
        List<RegisterStore.Row> rows = store.search(criteria, member, PAGE_SIZE, (shown - 1) * PAGE_SIZE);
        Map<UUID, List<String>> specialisms = store.specialisms(rows.stream().map(RegisterStore.Row::awardId).toList());
        LocalDate today = today();
        List<RegisterEntry> entries = rows.stream().map(r -> new RegisterEntry(r.awardId(), r.holderName(), r.pathway(),
                specialisms.getOrDefault(r.awardId(), List.of()), r.sector(), r.jobRole(), r.portfolioUrl(), r.visibility(),
                r.token(), r.number(), r.revoked() ? Award.Standing.REVOKED
                        : today.isAfter(r.paidUntil()) ? Award.Standing.LAPSED : Award.Standing.VALID)).toList();
        return new Results(entries, matched, shown, member);
    }

    /** For a revoked award, in the revocation's transaction: it is never listed again. */
    void withdraw(UUID awardId) {
        store.remove(awardId);
    }

    /** For a reissued certificate: the entry shows the new name. */
    void rename(UUID awardId, String holderName) {
        store.rename(awardId, holderName);
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
