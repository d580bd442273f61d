package org.waymark.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.platform.AuditEvent;
import org.waymark.portfolio.PortfolioSnapshot;
import org.waymark.portfolio.Portfolios;
import org.waymark.submission.SubmissionAccepted;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.SubmissionReturned;
import org.waymark.submission.SubmissionStatus;

/**
 * The accrediting body's completeness check: are the required sections there, do the links work (checked in the
 * background), and then a decision: accept the submission for assessment, or return it to the candidate with a
 * message saying what to fix. Both decisions are only for a submission still waiting for the check.
 */
@Service
public class CompletenessCheck {

    public static final String OBJECT_TYPE = "submission";
    static final int MESSAGE_MAX = 5000;

    private final Submissions submissions;
    private final Portfolios portfolios;
    private final FrameworkCatalogue catalogue;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompletenessCheck(Submissions submissions, Portfolios portfolios, FrameworkCatalogue catalogue, JdbcClient jdbc,
                      ApplicationEventPublisher events, Clock clock) {
        this.submissions = submissions;
        this.portfolios = portfolios;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Submission accept(UUID adminId, UUID submissionId) {
        Submission submission = waiting(submissionId);
        Instant now = clock.instant();
        Submission accepted = submissions.save(submission.moveTo(SubmissionStatus.ACCEPTED, adminId, now, null));
        events.publishEvent(new AuditEvent(adminId, "submission.accepted", OBJECT_TYPE, submissionId.toString(),
                "Complete: accepted for assessment (" + submission.reference() + ")"));
        events.publishEvent(new SubmissionAccepted(submissionId, submission.reference(), submission.roundId(),
                submission.candidateId(), submission.pathway(), submission.submissionType(), submission.form(), adminId, now,
                submission.decisionDueAt()));
        return accepted;
    }

    /**
     * Back to the candidate with what to fix. The snapshot is let go (the candidate may change and even delete the
     * live portfolio again), and the registration is free for the submission they make next, in the same round.
     */
    @Transactional
    public Submission returnToCandidate(UUID adminId, UUID submissionId, String message) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("A message to the candidate is required");
        }
        String why = message.strip();
        if (why.length() > MESSAGE_MAX) {
            throw new IllegalArgumentException("The message is longer than " + MESSAGE_MAX + " characters");
        }
        Submission submission = waiting(submissionId);
        Instant now = clock.instant();
        Submission returned = submissions.save(submission.moveTo(SubmissionStatus.RETURNED, adminId, now, why));
        if (submission.snapshotId() != null) {
            portfolios.release(submission.snapshotId());
        }
        events.publishEvent(new AuditEvent(adminId, "submission.returned", OBJECT_TYPE, submissionId.toString(), why));
        events.publishEvent(new SubmissionReturned(submissionId, submission.reference(), submission.roundId(),
                submission.candidateId(), submission.pathway(), submission.form(), submission.portfolioId(), adminId, now, why));
        return returned;
    }

    /** Are the required sections there? A Waymark portfolio is checked in its snapshot, an external one in its map. */
    public SectionCheck sections(Submission submission) {
        if (submission.form() == SubmissionForm.EXTERNAL) {
            Optional<Pathway> pathway = catalogue.current().findPathway(submission.pathway());
            return pathway.map(p -> SectionCheck.ofMap(p, sectionMap(submission.id())))
                    .orElseGet(() -> SectionCheck.unavailable("The pathway " + submission.pathway() + " is not in the current framework."));
        }
        Optional<PortfolioSnapshot> snapshot = snapshot(submission);
        if (snapshot.isEmpty()) {
            return SectionCheck.unavailable("The portfolio's snapshot could not be found.");
        }
        PortfolioSnapshot frozen = snapshot.get();
        try {
            return SectionCheck.of(catalogue.version(frozen.frameworkVersion()).pathway(frozen.pathwayKey()), frozen);
        } catch (NoSuchElementException e) {
            return SectionCheck.unavailable("The framework the portfolio was written on (" + frozen.frameworkVersion()
                    + ") does not know its pathway.");
        }
    }

    public Optional<PortfolioSnapshot> snapshot(Submission submission) {
        return submission.snapshotId() == null ? Optional.empty() : portfolios.snapshot(submission.snapshotId());
    }

    /** An external portfolio's section map, as the candidate gave it when submitting. */
    List<SectionCheck.Location> sectionMap(UUID submissionId) {
        return jdbc.sql("SELECT section_key, heading, location FROM submission_section_location WHERE submission_id = ? ORDER BY position")
                .param(submissionId)
                .query((rs, n) -> new SectionCheck.Location(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public Submission find(UUID submissionId) {
        return submissions.findById(submissionId).orElseThrow(() -> new SubmissionNotFoundException(submissionId));
    }

    private Submission waiting(UUID submissionId) {
        Submission submission = find(submissionId);
        if (submission.status() != SubmissionStatus.SUBMITTED) {
            throw new NotWaitingForCheckException(submission.reference(), submission.status());
        }
        return submission;
    }
}
