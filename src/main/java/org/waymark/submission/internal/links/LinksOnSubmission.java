package org.waymark.submission.internal.links;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.PortfolioSubmitted;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.Submissions;

/**
 * Lists every web link of a new submission as PENDING, for {@link LinkCheckJob} to check. After the submitting
 * transaction commits, in one of its own; the event is delivered at least once, so a submission whose links are
 * already listed is left alone.
 */
@Component
class LinksOnSubmission {

    private static final Logger log = LoggerFactory.getLogger(LinksOnSubmission.class);

    private final Submissions submissions;
    private final Portfolios portfolios;
    private final SubmissionLinks links;

    LinksOnSubmission(Submissions submissions, Portfolios portfolios, SubmissionLinks links) {
        this.submissions = submissions;
        this.portfolios = portfolios;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(PortfolioSubmitted event) {
        Submission submission = submissions.findById(event.submissionId()).orElse(null);
        if (submission == null || links.listed(submission.id())) {
            return;
        }
        List<FoundLink> found = switch (submission.form()) {
            case WAYMARK -> submission.snapshotId() == null ? List.of()
                    : portfolios.snapshot(submission.snapshotId()).map(LinkExtraction::from).orElseGet(() -> {
                        log.warn("Submission {} names snapshot {}, which does not exist", submission.id(), submission.snapshotId());
                        return List.of();
                    });
            case EXTERNAL -> LinkExtraction.fromExternal(submission.externalUrl(), links.sectionMap(submission.id()));
        };
        links.addPending(submission.id(), found);
    }
}
