package org.waymark.award.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.assessment.ResultsReleased;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Outcome;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.SubmissionType;
import org.waymark.submission.Submitting;

/**
 * A pass becomes an award when its result is released (not when the lead records it: the outcome is held until then
 * and may still be moderated). Listening through the event publication registry, the award is issued once even if
 * the node stops half-way (the event is completed only when the award is recorded) and {@link AwardService#issue}
 * returns the award already made for a submission if the event is delivered again. A confirming portfolio review
 * issues nothing: it moves the holder's next review three years on ({@link AwardService#confirmByReview}).
 */
@Component
class AwardOnPass {

    private final AwardService awards;
    private final Submitting submissions;
    private final FrameworkCatalogue catalogue;

    AwardOnPass(AwardService awards, Submitting submissions, FrameworkCatalogue catalogue) {
        this.awards = awards;
        this.submissions = submissions;
        this.catalogue = catalogue;
    }

    @ApplicationModuleListener
    void released(ResultsReleased event) {
        boolean passes = catalogue.current().assessment().outcome(event.outcomeKey()).map(Outcome::passes).orElse(false);
        if (!passes) {
            return;
        }
        SubmissionSummary submission = submissions.find(event.submissionId()).orElseThrow();
        if (submission.type() == SubmissionType.PORTFOLIO_REVIEW) {
            // a portfolio review confirms the award already held: the next review is three years on
            awards.confirmByReview(event.candidateId(), submission.pathwayKey(), event.submissionId(), event.releasedBy());
            return;
        }
        awards.issue(event.candidateId(), submission.pathwayKey(), event.submissionId(), event.outcomeKey(), event.releasedBy());
    }
}
