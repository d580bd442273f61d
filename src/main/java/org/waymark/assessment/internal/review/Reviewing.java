package org.waymark.assessment.internal.review;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.assessment.ReviewsCompleted;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.assessment.internal.store.Review;
import org.waymark.assessment.internal.store.ReviewStore;
import org.waymark.framework.AssessmentRules;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.platform.AuditEvent;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.SnapshotView;
import org.waymark.submission.ExternalPortfolios;

/**
 * Assessors' reviews: the sheet each grades, a draft saved from the version read (autosave or Save), and submission,
 * which checks that everything is graded and locks the review. When the second of the two current reviews is
 * submitted the assessment moves to RECONCILING ({@link ReviewsCompleted}). Permission checks are the caller's; the
 * place passed in must be the assessor's current, accepted one.
 */
@Service
public class Reviewing {

    public static final String OBJECT_TYPE = "assessment";

    /** What became of a save or a submission. */
    public sealed interface Result {
        Review review();
    }

    /** Saved (and, when submitted, locked). */
    public record Saved(Review review) implements Result {
    }

    /** Saved as a draft, but not submitted: what is missing, by field id in page order. */
    public record Incomplete(Review review, Map<String, String> problems) implements Result {
    }

    /** Not saved: someone (another tab) saved first; {@code review} is theirs, as stored. */
    public record Conflict(Review review) implements Result {
    }

    /** Not saved: the review was already submitted. */
    public record Locked(Review review) implements Result {
    }

    /** Not saved: too long to keep, by field id. */
    public record TooLong(Review review, Map<String, String> problems) implements Result {
    }

    private final AssessmentStore assessments;
    private final ReviewStore reviews;
    private final Portfolios portfolios;
    private final ExternalPortfolios external;
    private final FrameworkCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviewing(AssessmentStore assessments, ReviewStore reviews, Portfolios portfolios, ExternalPortfolios external,
              FrameworkCatalogue catalogue, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.portfolios = portfolios;
        this.external = external;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Assessment> assessment(UUID assessmentId) {
        return assessments.find(assessmentId);
    }

    public AssessmentRules rules() {
        return catalogue.current().assessment();
    }

    /** The assessor's current place on the assessment, if they have accepted it. */
    public Optional<Place> acceptedPlace(Assessment assessment, UUID assessorId) {
        return assessments.currentOf(assessment.id(), assessorId).filter(p -> p.status() == Place.Status.ACCEPTED);
    }

    public Optional<Place> currentPlace(Assessment assessment, Place.Role role) {
        return assessments.current(assessment.id(), role);
    }

    /** The sheet: rows from the snapshot (written against its own framework version) or from the external section map. */
    public ReviewSheet sheet(Assessment assessment) {
        AssessmentRules rules = rules();
        var allowed = rules.outcomesAllowed(assessment.type(), assessment.previousOutcome());
        Optional<SnapshotView> view = assessment.snapshotId() == null ? Optional.empty() : portfolios.snapshotView(assessment.snapshotId());
        if (view.isPresent()) {
            Framework framework = catalogue.version(view.get().snapshot().frameworkVersion());
            return ReviewSheet.of(view.get(), framework.principles(), rules, allowed);
        }
        Framework framework = catalogue.current();
        return ReviewSheet.of(framework.pathway(assessment.pathwayKey()), external.sectionMap(assessment.submissionId()),
                framework.principles(), rules, allowed);
    }

    /** The assessor's review, started (empty) the first time they open it. */
    @Transactional
    public Review reviewFor(Assessment assessment, Place place) {
        return reviews.of(assessment.id(), place.assessorId()).orElseGet(() -> {
            Instant now = clock.instant();
            try {
                reviews.insert(new Review(UUID.randomUUID(), assessment.id(), place.assessorId(), place.role(),
                        Review.Status.DRAFT, null, null, now, now, null, 0, List.of()));
            } catch (DuplicateKeyException startedInAnotherTab) {
                // the same assessor opened it twice at once: the other request's draft is theirs
            }
            return reviews.of(assessment.id(), place.assessorId()).orElseThrow();
        });
    }

    public Optional<Review> review(Assessment assessment, UUID assessorId) {
        return reviews.of(assessment.id(), assessorId);
    }

    /** Saves the draft from the version the assessor's page holds. */
    @Transactional
    public Result save(Assessment assessment, Place place, long expectedVersion, ReviewDraft draft) {
        Review review = reviewFor(assessment, place);
        ReviewSheet sheet = sheet(assessment);
        if (review.submitted()) {
            return new Locked(review);
        }
        Map<String, String> tooLong = sheet.tooLong(draft);
        if (!tooLong.isEmpty()) {
            return new TooLong(review, tooLong);
        }
        String outcome = draft.recommendedOutcome() == null || draft.recommendedOutcome().isBlank() ? null
                : rules().outcome(draft.recommendedOutcome()).map(o -> o.key()).orElse(null);
        String feedback = draft.feedback() == null || draft.feedback().isBlank() ? null : draft.feedback();
        if (!reviews.saveDraft(review.id(), expectedVersion, outcome, feedback, sheet.rowsFrom(draft), clock.instant())) {
            Review theirs = reviews.find(review.id()).orElseThrow();
            return theirs.submitted() ? new Locked(theirs) : new Conflict(theirs);
        }
        return new Saved(reviews.find(review.id()).orElseThrow());
    }

    /**
     * Saves the draft, then submits it if everything is graded: the review is locked, audited, and when both current
     * reviews are in, the assessment moves on to reconciliation. Otherwise the draft stays saved, with what is missing.
     */
    @Transactional
    public Result submit(Assessment assessment, Place place, long expectedVersion, ReviewDraft draft) {
        assessments.lock(assessment.id()); // one submission at a time per assessment: the last one in moves it on
        Result saved = save(assessment, place, expectedVersion, draft);
        if (!(saved instanceof Saved)) {
            return saved;
        }
        Map<String, String> problems = sheet(assessment).problems(draft, assessment.type(), assessment.previousOutcome());
        if (!problems.isEmpty()) {
            return new Incomplete(saved.review(), problems);
        }
        Instant now = clock.instant();
        if (!reviews.submit(saved.review().id(), saved.review().version(), now)) {
            return new Conflict(reviews.find(saved.review().id()).orElseThrow());
        }
        Review submitted = reviews.find(saved.review().id()).orElseThrow();
        events.publishEvent(new AuditEvent(place.assessorId(), "review.submitted", OBJECT_TYPE, assessment.id().toString(),
                place.role().label() + "'s review submitted, recommending " + rules().outcome(submitted.recommendedOutcome())
                        .map(o -> o.name()).orElse(submitted.recommendedOutcome())));
        Assessment current = assessments.find(assessment.id()).orElseThrow();
        if (current.status() == Assessment.Status.IN_REVIEW && bothSubmitted(current)) {
            if (assessments.moveTo(current.id(), current.version(), Assessment.Status.IN_REVIEW, Assessment.Status.RECONCILING)) {
                UUID lead = assessments.current(current.id(), Place.Role.LEAD).map(Place::assessorId).orElse(null);
                events.publishEvent(new ReviewsCompleted(current.id(), current.submissionId(), lead, now));
            }
        }
        return new Saved(submitted);
    }

    /** The reviews of the current lead and second (lead first), as far as they exist. */
    public List<Review> currentReviews(Assessment assessment) {
        List<UUID> current = assessments.places(assessment.id()).stream().filter(Place::current).map(Place::assessorId).toList();
        return reviews.forAssessment(assessment.id()).stream().filter(r -> current.contains(r.assessorId()))
                .sorted(Comparator.comparing(r -> r.role().ordinal())).toList();
    }

    /** Both current places are accepted and both their reviews submitted. */
    public boolean bothSubmitted(Assessment assessment) {
        List<Place> places = assessments.places(assessment.id()).stream().filter(Place::current).toList();
        if (places.size() != 2 || places.stream().anyMatch(p -> p.status() != Place.Status.ACCEPTED)) {
            return false;
        }
        return places.stream().allMatch(p -> reviews.of(assessment.id(), p.assessorId()).map(Review::submitted).orElse(false));
    }
}
