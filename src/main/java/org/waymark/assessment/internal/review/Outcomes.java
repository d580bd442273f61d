package org.waymark.assessment.internal.review;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.assessment.OutcomeRecorded;
import org.waymark.assessment.ResultsReleased;
import org.waymark.assessment.internal.AssessorStore;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.framework.AssessmentRules;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Outcome;
import org.waymark.platform.AuditEvent;
import org.waymark.submission.Submitting;

/**
 * An assessment's outcome: agreed by the lead once both reviews are in, changed by an administrator moderating it
 * (with a reason), and released to the candidate. The rules (which outcomes an assessment may reach) are checked here
 * whoever asks; permission checks are the caller's.
 */
@Service
public class Outcomes {

    /** Refused, with a reason for the person choosing, about one field of the form. */
    public static class Refused extends RuntimeException {
        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private final AssessmentStore assessments;
    private final Reviewing reviewing;
    private final AssessorStore assessors;
    private final Submitting submitting;
    private final Permissions permissions;
    private final FrameworkCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outcomes(AssessmentStore assessments, Reviewing reviewing, AssessorStore assessors, Submitting submitting,
             Permissions permissions, FrameworkCatalogue catalogue, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.reviewing = reviewing;
        this.assessors = assessors;
        this.submitting = submitting;
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    private AssessmentRules rules() {
        return catalogue.current().assessment();
    }

    /**
     * The lead records the agreed outcome: the assessment must be RECONCILING (both reviews in), the outcome one the
     * rules allow, and the page's version current. The second assessor's service counts towards leading.
     */
    @Transactional
    public Assessment agree(Assessment assessment, UUID leadId, long version, String outcomeKey) {
        if (assessment.status() != Assessment.Status.RECONCILING) {
            throw new Refused("outcome", "The outcome of this assessment has already been recorded.");
        }
        Outcome outcome = allowed(assessment, outcomeKey);
        Instant now = clock.instant();
        if (!assessments.recordOutcome(assessment.id(), version, outcome.key(), leadId, now, null)) {
            throw new Refused("outcome", "Someone else changed this assessment while you were deciding. Check it and choose again.");
        }
        assessments.current(assessment.id(), Place.Role.SECOND).ifPresent(second -> assessors.servedAsSecond(second.assessorId()));
        events.publishEvent(new AuditEvent(leadId, "assessment.outcome-recorded", Reviewing.OBJECT_TYPE, assessment.id().toString(),
                "Agreed outcome: " + outcome.name()));
        events.publishEvent(new OutcomeRecorded(assessment.id(), assessment.submissionId(), assessment.roundId(), outcome.key(),
                outcome.name(), leadId, null, now));
        return assessments.find(assessment.id()).orElseThrow();
    }

    /** An administrator changes a recorded outcome before release, with a reason; the rules still apply. */
    @Transactional
    public Assessment moderate(Assessment assessment, UUID administratorId, long version, String outcomeKey, String reason) {
        if (assessment.status() != Assessment.Status.DECIDED) {
            throw new Refused("outcome", assessment.status() == Assessment.Status.RELEASED
                    ? "The outcome has been released to the candidate and can no longer be moderated here."
                    : "There is no agreed outcome to moderate yet: the lead assessor records it first.");
        }
        if (reason == null || reason.isBlank()) {
            throw new Refused("reason", "Say why you are changing the outcome");
        }
        if (reason.length() > 4000) {
            throw new Refused("reason", "Keep the reason to 4000 characters or fewer");
        }
        Outcome outcome = allowed(assessment, outcomeKey);
        String before = rules().outcome(assessment.outcome()).map(Outcome::name).orElse(assessment.outcome());
        Instant now = clock.instant();
        if (!assessments.recordOutcome(assessment.id(), version, outcome.key(), administratorId, now, reason.strip())) {
            throw new Refused("outcome", "Someone else changed this assessment while you were deciding. Check it and choose again.");
        }
        events.publishEvent(new AuditEvent(administratorId, "assessment.moderated", Reviewing.OBJECT_TYPE, assessment.id().toString(),
                "From " + before + " to " + outcome.name() + ": " + reason.strip()));
        events.publishEvent(new OutcomeRecorded(assessment.id(), assessment.submissionId(), assessment.roundId(), outcome.key(),
                outcome.name(), administratorId, reason.strip(), now));
        return assessments.find(assessment.id()).orElseThrow();
    }

    private Outcome allowed(Assessment assessment, String outcomeKey) {
        if (outcomeKey == null || outcomeKey.isBlank()) {
            throw new Refused("outcome", "Choose the outcome");
        }
        Optional<String> refusal = rules().refusal(assessment.type(), assessment.previousOutcome(), outcomeKey);
        if (refusal.isPresent()) {
            throw new Refused("outcome", refusal.get());
        }
        return rules().outcome(outcomeKey).orElseThrow();
    }

    /**
     * Releases a DECIDED assessment to the candidate, once: the first release's guarded UPDATE wins (false for any
     * other, on this node or another). The submission gets its outcome (with the resubmit-by date of a referral), the
     * assessors' access to it ends, and the candidate is told.
     */
    @Transactional
    public boolean release(Assessment assessment, UUID releasedBy) {
        if (assessment.status() != Assessment.Status.DECIDED) {
            return false;
        }
        Instant now = clock.instant();
        if (!assessments.release(assessment.id(), assessment.version(), now)) {
            return false;
        }
        Outcome outcome = rules().outcome(assessment.outcome()).orElseThrow();
        Instant resubmitBy = outcome.refers() && outcome.referralPeriod() != null
                ? now.atZone(ZoneOffset.UTC).plus(outcome.referralPeriod()).toInstant() : null;
        if (submitting.outcome(assessment.submissionId()).isPresent()) {
            // A reassessment after an appeal: its outcome replaces the appealed one.
            submitting.replaceOutcome(assessment.submissionId(), outcome.key(), outcome.name(), resubmitBy, releasedBy);
        } else {
            submitting.recordOutcome(assessment.submissionId(), outcome.key(), outcome.name(), resubmitBy, releasedBy);
        }
        for (Place place : assessments.places(assessment.id())) {
            permissions.end(place.assessorId(), Relation.ASSESSOR, Submitting.OBJECT_TYPE, assessment.submissionId());
        }
        events.publishEvent(new AuditEvent(releasedBy, "assessment.released", Reviewing.OBJECT_TYPE, assessment.id().toString(),
                "Released: " + outcome.name()));
        events.publishEvent(new ResultsReleased(assessment.id(), assessment.submissionId(), assessment.candidateId(), outcome.key(),
                outcome.name(), resubmitBy, releasedBy, now));
        return true;
    }

    /** Decided assessments whose round is fixed and whose results date has passed. */
    public List<Assessment> dueForRelease(Instant now) {
        return assessments.withStatus(Assessment.Status.DECIDED).stream()
                .filter(a -> submitting.roundSummary(a.roundId())
                        .filter(r -> r.kind() == org.waymark.submission.RoundKind.FIXED && r.resultsReleasedAt() != null
                                && !r.resultsReleasedAt().isAfter(now))
                        .isPresent())
                .toList();
    }
}
