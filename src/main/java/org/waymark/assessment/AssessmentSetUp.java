package org.waymark.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.assessment.internal.allocation.AllocationProposal;
import org.waymark.assessment.internal.allocation.Allocations;
import org.waymark.assessment.internal.allocation.PlaceAnswers;
import org.waymark.assessment.internal.allocation.RoundAllocation;
import org.waymark.assessment.internal.review.ReviewDraft;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;

/**
 * Peer assessment driven from outside the pages (demo data; later, imports), through the same services and checks
 * as the pages: confirming a round's proposed allocation, assessors accepting their places, and a review written and
 * submitted whole. Each step is what the person named would do, audited as theirs.
 */
@Service
public class AssessmentSetUp {

    private final RoundAllocation rounds;
    private final Allocations allocations;
    private final PlaceAnswers answers;
    private final Reviewing reviewing;
    private final AssessmentStore store;

    AssessmentSetUp(RoundAllocation rounds, Allocations allocations, PlaceAnswers answers, Reviewing reviewing,
                    AssessmentStore store) {
        this.rounds = rounds;
        this.allocations = allocations;
        this.answers = answers;
        this.reviewing = reviewing;
        this.store = store;
    }

    /**
     * Confirms the solver's proposal for these accepted submissions of the round, as administrator {@code by};
     * returns the assessment made for each, in the same order. Throws if the solver could not allocate one of them.
     */
    @Transactional
    public List<UUID> allocateAsProposed(UUID by, UUID roundId, List<UUID> submissionIds) {
        RoundAllocation.View view = rounds.view(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
        List<AllocationProposal.Pair> chosen = submissionIds.stream().map(id -> view.proposal().pairs().stream()
                .filter(p -> p.submission().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The solver did not allocate " + id))).toList();
        allocations.confirm(by, roundId, chosen);
        return submissionIds.stream().map(id -> store.findBySubmission(id).orElseThrow().id()).toList();
    }

    /** Both assessors accept their places on this assessment. */
    @Transactional
    public void acceptBoth(UUID assessmentId) {
        for (Place place : store.places(assessmentId)) {
            if (place.status() == Place.Status.OFFERED) {
                answers.accept(place.assessorId(), place.id());
            }
        }
    }

    /** The assessor in this role submits a review grading every section and principle alike, with this outcome. */
    @Transactional
    public void submitReview(UUID assessmentId, boolean lead, String gradeKey, String recommendedOutcome, String feedback) {
        Assessment assessment = store.find(assessmentId).orElseThrow();
        Place place = store.current(assessmentId, lead ? Place.Role.LEAD : Place.Role.SECOND).orElseThrow();
        ReviewSheet sheet = reviewing.sheet(assessment);
        Map<String, ReviewDraft.Answer> sections = new HashMap<>();
        for (ReviewSheet.Row row : sheet.rows()) {
            sections.put(row.key(), row.assessed()
                    ? new ReviewDraft.Answer(gradeKey, null, "Meets the criteria; see the feedback.")
                    : new ReviewDraft.Answer(null, true, null));
        }
        Map<String, ReviewDraft.Answer> principles = new HashMap<>();
        sheet.principles().forEach(p -> principles.put(p.key(), new ReviewDraft.Answer(gradeKey, null, null)));
        long version = reviewing.reviewFor(assessment, place).version();
        Reviewing.Result result = reviewing.submit(assessment, place, version,
                new ReviewDraft(sections, principles, recommendedOutcome, feedback));
        if (!(result instanceof Reviewing.Saved)) {
            throw new IllegalStateException("Review not submitted: " + result);
        }
    }
}
