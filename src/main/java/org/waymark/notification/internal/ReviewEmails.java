package org.waymark.notification.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.assessment.OutcomeRecorded;
import org.waymark.assessment.ResultsReleased;
import org.waymark.assessment.ReviewsCompleted;
import org.waymark.platform.Links;
import org.waymark.platform.UkTime;
import org.waymark.submission.RoundKind;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * Reviews and outcomes: the lead is told when both reviews are in; administrators when a rolling round's outcome is
 * ready for them to release; the candidate when the results are released (the outcome, and for a referral the date
 * to resubmit by; the grades and feedback are on the page, behind sign-in).
 */
@Component
class ReviewEmails {

    private final MailTemplates templates;
    private final Links links;
    private final People people;
    private final Submitting submitting;
    private final UkTime ukTime;

    ReviewEmails(MailTemplates templates, Links links, People people, Submitting submitting, UkTime ukTime) {
        this.templates = templates;
        this.links = links;
        this.people = people;
        this.submitting = submitting;
        this.ukTime = ukTime;
    }

    @ApplicationModuleListener
    void bothReviewsIn(ReviewsCompleted event) {
        if (event.leadAssessorId() == null) {
            return;
        }
        String reference = submitting.find(event.submissionId()).map(SubmissionSummary::reference).orElse("");
        people.find(event.leadAssessorId()).ifPresent(lead -> templates.send(lead.email(), "reviews-complete", Map.of(
                "name", lead.name(),
                "reference", reference,
                "link", links.absolute("/assessor/assessments/" + event.assessmentId() + "/reconcile"))));
    }

    @ApplicationModuleListener
    void outcomeRecorded(OutcomeRecorded event) {
        boolean rolling = submitting.roundSummary(event.roundId()).map(r -> r.kind() == RoundKind.ROLLING).orElse(false);
        if (!rolling || event.moderated()) {
            return; // fixed rounds release on their date; a moderator already knows
        }
        String reference = submitting.find(event.submissionId()).map(SubmissionSummary::reference).orElse("");
        for (People.Name administrator : people.withRole(Role.ADMINISTRATOR)) {
            templates.send(administrator.email(), "outcome-ready", Map.of(
                    "name", administrator.name(),
                    "reference", reference,
                    "outcome", event.outcomeName(),
                    "link", links.absolute("/admin/assessments/" + event.assessmentId())));
        }
    }

    @ApplicationModuleListener
    void released(ResultsReleased event) {
        String reference = submitting.find(event.submissionId()).map(SubmissionSummary::reference).orElse("");
        boolean review = submitting.find(event.submissionId())
                .map(s -> s.type() == org.waymark.submission.SubmissionType.PORTFOLIO_REVIEW).orElse(false);
        people.find(event.candidateId()).ifPresent(candidate -> {
            Map<String, Object> values = new HashMap<>();
            values.put("review", review);
            values.put("name", candidate.name());
            values.put("reference", reference);
            values.put("outcome", event.outcomeName());
            values.put("resubmitBy", event.resubmitBy() == null ? null : ukTime.date(event.resubmitBy()));
            values.put("link", links.absolute("/submissions/" + event.submissionId() + "/outcome"));
            templates.send(candidate.email(), "results-released", values);
        });
    }
}
