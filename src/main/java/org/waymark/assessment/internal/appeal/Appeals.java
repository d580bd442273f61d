package org.waymark.assessment.internal.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.access.NotPermittedException;
import org.waymark.assessment.AppealDecided;
import org.waymark.assessment.AppealReceived;
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.platform.AuditEvent;
import org.waymark.platform.UkTime;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * Appeals against released outcomes. A candidate appeals their own submission's outcome, with a reason, within the
 * appeal period after its release ({@code waymark.assessment.appeal-period}, ISO-8601, 28 days unless set), once;
 * an administrator decides: the outcome stands (upheld) or new assessors assess it again (reassess). A REASSESS
 * decision puts the submission back to be allocated in the appealed assessment's round (closed or not: the allocation
 * page works on any round), to assessors other than the appealed outcome's two; it then goes through the same
 * accepting, reviews, reconciliation, outcome and release, and the new outcome replaces the appealed one for the
 * candidate (the appealed assessment stays as it was).
 */
@Service
public class Appeals {

    public static final String OBJECT_TYPE = "appeal";
    public static final int REASON_MAX = 10_000;

    private final AppealStore store;
    private final AssessmentStore assessments;
    private final Submitting submitting;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration period;
    private final UkTime ukTime;

    Appeals(AppealStore store, AssessmentStore assessments, Submitting submitting, ApplicationEventPublisher events,
            Clock clock, UkTime ukTime, @Value("${waymark.assessment.appeal-period:P28D}") Duration period) {
        this.ukTime = ukTime;
        this.store = store;
        this.assessments = assessments;
        this.submitting = submitting;
        this.events = events;
        this.clock = clock;
        this.period = period;
    }

    /** The last instant an appeal against this released assessment is taken: the period after release, exclusive. */
    public Instant appealBy(Assessment released) {
        return released.releasedAt().plus(period);
    }

    /** The released assessment of the candidate's own submission; 404 for anyone else's. */
    public Optional<Assessment> released(UUID candidateId, UUID submissionId) {
        SubmissionSummary submission = ownSubmission(candidateId, submissionId);
        return assessments.releasedOf(submission.id());
    }

    public Optional<Appeal> ofSubmission(UUID submissionId) {
        return store.ofSubmission(submissionId);
    }

    public Optional<Appeal> find(UUID appealId) {
        return store.find(appealId);
    }

    public List<Appeal> all() {
        return store.all();
    }

    /** The assessment appealed against. */
    public Optional<Assessment> appealed(Appeal appeal) {
        return assessments.find(appeal.assessmentId());
    }

    /** The reassessment that followed an appeal decided "reassess", once new assessors have been allocated. */
    public Optional<Assessment> reassessment(Appeal appeal) {
        return appeal.status() != Appeal.Status.REASSESS ? Optional.empty()
                : assessments.findBySubmission(appeal.submissionId()).filter(a -> !a.id().equals(appeal.assessmentId()));
    }

    /** Why the candidate could not appeal this outcome now, in their words; empty when they can. */
    public Optional<String> whyNoAppeal(UUID candidateId, UUID submissionId, Instant at) {
        Optional<Assessment> released = released(candidateId, submissionId);
        if (released.isEmpty()) {
            return Optional.of("There is no released outcome on this submission to appeal against.");
        }
        if (store.ofSubmission(submissionId).isPresent()) {
            return Optional.of("You have already appealed against this outcome. An outcome can be appealed once.");
        }
        if (!at.isBefore(appealBy(released.get()))) {
            return Optional.of("The time to appeal against this outcome ended at " + ukTime.format(appealBy(released.get()))
                    + ", so it can no longer be appealed. Please contact the accrediting body if you need to discuss it.");
        }
        return Optional.empty();
    }

    @Transactional
    public Appeal appeal(UUID candidateId, UUID submissionId, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused("reason", "Give the reason for your appeal");
        }
        if (why.length() > REASON_MAX) {
            throw new Refused("reason", "Keep your reason under " + REASON_MAX + " characters");
        }
        whyNoAppeal(candidateId, submissionId, now).ifPresent(refusal -> {
            throw new Refused("appeal", refusal);
        });
        Assessment assessment = released(candidateId, submissionId).orElseThrow();
        Appeal appeal = new Appeal(UUID.randomUUID(), assessment.id(), submissionId, candidateId, why, now,
                Appeal.Status.OPEN, null, null, null, 0);
        try {
            store.insert(appeal);
        } catch (DuplicateKeyException e) {
            throw new Refused("appeal", "You have already appealed against this outcome. An outcome can be appealed once.");
        }
        events.publishEvent(new AppealReceived(appeal.id(), submissionId, candidateId, now));
        events.publishEvent(new AuditEvent(candidateId, "assessment.appealed", Submitting.OBJECT_TYPE, submissionId.toString(),
                reference(submissionId) + ": " + why));
        return appeal;
    }

    /** The administrator's decision on an open appeal, with the reason the candidate reads. */
    @Transactional
    public Appeal decide(UUID administratorId, UUID appealId, Appeal.Status decision, String reason) {
        Appeal appeal = store.find(appealId).orElseThrow(() -> new NotPermittedException(OBJECT_TYPE, appealId));
        String why = reason == null ? "" : reason.strip();
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (decision == null || decision == Appeal.Status.OPEN) {
            problems.put("decision", "Choose whether the outcome stands or is to be reassessed");
        }
        if (why.isEmpty()) {
            problems.put("decisionReason", "Give the reason for the decision: the candidate reads it");
        } else if (why.length() > REASON_MAX) {
            problems.put("decisionReason", "Keep the reason under " + REASON_MAX + " characters");
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!appeal.open() || !store.decide(appeal.id(), appeal.version(), decision, why, administratorId, now)) {
            throw new Refused("decision", "This appeal has already been decided.");
        }
        UUID roundId = assessments.find(appeal.assessmentId()).map(Assessment::roundId).orElse(null);
        events.publishEvent(new AppealDecided(appeal.id(), appeal.submissionId(), appeal.candidateId(),
                decision == Appeal.Status.REASSESS, why, now, roundId));
        events.publishEvent(new AuditEvent(administratorId, "appeal.decided", Submitting.OBJECT_TYPE,
                appeal.submissionId().toString(), reference(appeal.submissionId()) + ": " + decision.label() + ". " + why));
        return store.find(appeal.id()).orElseThrow();
    }

    /** The submission's reference ("SUB-2026-7KQ2XM"), for pages and the audit trail. */
    public String reference(UUID submissionId) {
        return submitting.find(submissionId).map(SubmissionSummary::reference).orElse(submissionId.toString());
    }

    private SubmissionSummary ownSubmission(UUID candidateId, UUID submissionId) {
        return submitting.find(submissionId).filter(s -> s.candidateId().equals(candidateId))
                .orElseThrow(() -> new NotPermittedException(Submitting.OBJECT_TYPE, submissionId));
    }
}
