package org.waymark.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.assessment.internal.store.Review;
import org.waymark.framework.CorePrinciple;

/**
 * The assessment module's transcripts, for the pages and documents of other modules (an award's transcript).
 * Permission checks are the caller's.
 */
@Service
public class Transcripts {

    private final AssessmentStore assessments;
    private final Reviewing reviewing;

    Transcripts(AssessmentStore assessments, Reviewing reviewing) {
        this.assessments = assessments;
        this.reviewing = reviewing;
    }

    /**
     * The transcript of the assessment of this submission, once its result is released; empty before (held results
     * do not exist for anyone reading a transcript) or when the submission was never assessed. A resubmission is its
     * own submission, so for a pass after a referral this is the final assessment's transcript.
     */
    @Transactional(readOnly = true)
    public Optional<Transcript> ofSubmission(UUID submissionId) {
        return assessments.findBySubmission(submissionId)
                .filter(a -> a.status() == Assessment.Status.RELEASED)
                .map(this::transcript);
    }

    private Transcript transcript(Assessment assessment) {
        ReviewSheet sheet = reviewing.sheet(assessment);
        List<Review> reviews = reviewing.currentReviews(assessment).stream().filter(Review::submitted).toList();
        List<String> assessors = reviews.stream()
                .map(r -> r.role() == Place.Role.LEAD ? Transcript.LEAD : Transcript.SECOND).toList();
        List<Transcript.Row> sections = new ArrayList<>();
        for (ReviewSheet.Row row : sheet.rows()) {
            sections.add(new Transcript.Row(row.heading(), row.assessed(), reviews.stream()
                    .map(r -> r.row(Review.RowKind.SECTION, row.key())
                            .map(x -> row.assessed() ? orNotGraded(sheet.gradeName(x.grade()))
                                    : x.complete() == null ? "Not marked" : x.complete() ? "Complete" : "Not complete")
                            .orElse(row.assessed() ? "Not graded" : "Not marked"))
                    .toList()));
        }
        List<Transcript.Row> principles = new ArrayList<>();
        for (CorePrinciple p : sheet.principles()) {
            principles.add(new Transcript.Row(p.name(), true, reviews.stream()
                    .map(r -> r.row(Review.RowKind.PRINCIPLE, p.key()).map(x -> orNotGraded(sheet.gradeName(x.grade())))
                            .orElse("Not graded"))
                    .toList()));
        }
        return new Transcript(assessment.pathwayKey(), assessment.type().label(), sheet.outcomeName(assessment.previousOutcome()),
                assessment.releasedAt(), assessment.outcome(), sheet.outcomeName(assessment.outcome()), assessors, sections,
                principles,
                reviews.stream().map(r -> r.recommendedOutcome() == null ? "None" : sheet.outcomeName(r.recommendedOutcome())).toList(),
                reviews.stream().map(r -> r.feedback() == null ? "" : r.feedback()).toList());
    }

    private static String orNotGraded(String name) {
        return name == null ? "Not graded" : name;
    }
}
