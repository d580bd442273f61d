package org.waymark.assessment.internal.allocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.assessment.AssessorDeclined;
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.platform.AuditEvent;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * An assessor's answer to a place offered to them. Accepting lets them read (and grade) the submission: a grant that
 * ends {@link #ACCESS_AFTER_DUE} after the due date, or earlier when an administrator replaces them or the outcome is
 * released. Declining needs a reason; the administrator who allocated the submission is told.
 */
@Service
public class PlaceAnswers {

    static final Duration ACCESS_AFTER_DUE = Duration.ofDays(30);
    static final int REASON_MAX = 1000;

    /** Not this person's offered place (any more): answered as 404 by the page. */
    public static class NoSuchOffer extends RuntimeException {
        NoSuchOffer() {
            super("No such offered place");
        }
    }

    private final AssessmentStore store;
    private final Submitting submitting;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlaceAnswers(AssessmentStore store, Submitting submitting, Permissions permissions, ApplicationEventPublisher events,
                 Clock clock) {
        this.store = store;
        this.submitting = submitting;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Place accept(UUID assessor, UUID placeId) {
        Place place = offered(assessor, placeId);
        Assessment assessment = store.find(place.assessmentId()).orElseThrow(NoSuchOffer::new);
        Instant now = clock.instant();
        if (!store.movePlace(place.id(), place.version(), Place.Status.ACCEPTED, now, null)) {
            throw new NoSuchOffer();
        }
        permissions.grant(assessor, Relation.ASSESSOR, Submitting.OBJECT_TYPE, assessment.submissionId(),
                assessment.dueAt().plus(ACCESS_AFTER_DUE));
        events.publishEvent(new AuditEvent(assessor, "assessment.accepted", Submitting.OBJECT_TYPE,
                assessment.submissionId().toString(), reference(assessment) + ": " + place.role().label()));
        return store.place(placeId).orElseThrow();
    }

    /** Declines with a reason (refused on field "reason" when it is blank or too long). */
    @Transactional
    public Place decline(UUID assessor, UUID placeId, String reason) {
        Place place = offered(assessor, placeId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("reason", "Say why you are declining, so the administrator can find someone else");
        }
        if (why.length() > REASON_MAX) {
            throw new Refused("reason", "Keep the reason to " + REASON_MAX + " characters or fewer");
        }
        Assessment assessment = store.find(place.assessmentId()).orElseThrow(NoSuchOffer::new);
        if (!store.movePlace(place.id(), place.version(), Place.Status.DECLINED, clock.instant(), why)) {
            throw new NoSuchOffer();
        }
        String reference = reference(assessment);
        events.publishEvent(new AuditEvent(assessor, "assessment.declined", Submitting.OBJECT_TYPE,
                assessment.submissionId().toString(), reference + ": " + place.role().label() + ": " + why));
        events.publishEvent(new AssessorDeclined(assessment.id(), assessment.submissionId(), reference, assessment.roundId(),
                assessor, place.role().label(), why, assessment.allocatedBy()));
        return store.place(placeId).orElseThrow();
    }

    private Place offered(UUID assessor, UUID placeId) {
        return store.place(placeId)
                .filter(p -> p.assessorId().equals(assessor) && p.status() == Place.Status.OFFERED)
                .orElseThrow(NoSuchOffer::new);
    }

    private String reference(Assessment assessment) {
        return submitting.find(assessment.submissionId()).map(SubmissionSummary::reference).orElse("");
    }
}
