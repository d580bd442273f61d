package org.waymark.submission.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.access.NotPermittedException;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.platform.AuditEvent;
import org.waymark.platform.UkTime;
import org.waymark.portfolio.PortfolioOverview;
import org.waymark.portfolio.MissingItem;
import org.waymark.portfolio.Portfolios;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;
import org.waymark.submission.PortfolioSubmitted;
import org.waymark.submission.Resubmission;
import org.waymark.submission.RoundKind;
import org.waymark.submission.RoundSummary;
import org.waymark.submission.SubmissionOutcome;
import org.waymark.submission.SubmissionForm;
import org.waymark.submission.SubmissionStatus;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.SubmissionType;
import org.waymark.submission.SubmissionWithdrawn;
import org.waymark.submission.Submitting;

/**
 * A candidate submits a Waymark portfolio into a round, or withdraws it before it is accepted. Submitting checks,
 * in this order, that the portfolio is theirs, that they hold a valid registration for its pathway when the request
 * arrived, that the round is open to them then (deadline, or their extension), that the checklist is complete and
 * that nothing is already in progress on the registration; then freezes the portfolio and records everything in
 * one transaction.
 */
@Service
public class SubmissionService implements Submitting {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Submissions submissions;
    private final SubmissionOutcomes outcomes;
    private final Resubmissions resubmissions;
    private final Rounds rounds;
    private final RoundService roundService;
    private final RoundExtensions extensions;
    private final Portfolios portfolios;
    private final Registrations registrations;
    private final Permissions permissions;
    private final FrameworkCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UkTime ukTime;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    SubmissionService(Submissions submissions, SubmissionOutcomes outcomes, Resubmissions resubmissions, Rounds rounds, RoundService roundService, RoundExtensions extensions,
                      Portfolios portfolios, Registrations registrations, Permissions permissions,
                      FrameworkCatalogue catalogue, ApplicationEventPublisher events, Clock clock, UkTime ukTime,
                      PlatformTransactionManager transactionManager) {
        this.submissions = submissions;
        this.outcomes = outcomes;
        this.resubmissions = resubmissions;
        this.rounds = rounds;
        this.roundService = roundService;
        this.extensions = extensions;
        this.portfolios = portfolios;
        this.registrations = registrations;
        this.permissions = permissions;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
        this.ukTime = ukTime;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public UUID submit(UUID candidateId, UUID portfolioId, UUID roundId, Instant arrivedAt) {
        return submit(candidateId, portfolioId, roundId, null, null, arrivedAt).id();
    }

    @Override
    public UUID submitPortfolioReview(UUID holderId, UUID portfolioId, UUID roundId, Instant arrivedAt) {
        try {
            return submit(holderId, portfolioId, roundId, null, null, arrivedAt, SubmissionType.PORTFOLIO_REVIEW).id();
        } catch (SubmissionRefused refused) {
            throw new IllegalStateException(refused.getMessage(), refused);
        }
    }

    /** A first submission (a portfolio returned at the completeness check and sent again is still one). */
    public Submission submit(UUID candidateId, UUID portfolioId, UUID roundId, String lineManagerName,
                             String lineManagerEmail, Instant arrivedAt) {
        return submit(candidateId, portfolioId, roundId, lineManagerName, lineManagerEmail, arrivedAt, SubmissionType.FIRST);
    }

    /**
     * Submits with the given type: {@link SubmissionType#RESUBMISSION} is for the assessment module, after a
     * referral. Two requests racing on one registration: the database's unique index lets one in, and the other
     * is refused as already in progress.
     */
    public Submission submit(UUID candidateId, UUID portfolioId, UUID roundId, String lineManagerName,
                             String lineManagerEmail, Instant arrivedAt, SubmissionType type) {
        Instant at = arrivedAt.truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        try {
            return transaction.execute(status -> submitInTransaction(candidateId, portfolioId, roundId,
                    blankToNull(lineManagerName), blankToNull(lineManagerEmail), at, type));
        } catch (DataIntegrityViolationException e) {
            // Another request on the same registration committed first (submission_in_progress_uk).
            throw alreadyInProgress();
        }
    }

    private Submission submitInTransaction(UUID candidateId, UUID portfolioId, UUID roundId, String lineManagerName,
                                           String lineManagerEmail, Instant arrivedAt, SubmissionType type) {
        PortfolioOverview portfolio = ownPortfolio(candidateId, portfolioId);
        Round round = roundService.find(roundId).orElseThrow(() -> new NotPermittedException("round", roundId));
        RegistrationSummary registration = registrationFor(candidateId, portfolio, arrivedAt);
        Optional<RoundExtension> extension = admittedBy(round, candidateId, arrivedAt);
        List<MissingItem> missing = portfolios.missingItems(portfolioId);
        if (!missing.isEmpty()) {
            throw new SubmissionRefused(SubmissionRefused.Reason.INCOMPLETE,
                    "Your portfolio is not complete yet: " + missing.size() + (missing.size() == 1 ? " thing is" : " things are")
                            + " still missing.", missing);
        }
        if (submissions.findByCandidateIdOrderBySubmittedAtDesc(candidateId).stream()
                .anyMatch(s -> registration.id().equals(s.inProgressRegistration()))) {
            throw alreadyInProgress();
        }
        return freezeAndRecord(candidateId, portfolio, round, registration.id(), lineManagerName, lineManagerEmail,
                arrivedAt, type, extension);
    }

    /** Freezes the portfolio and records the submission, its owner's grant, the event and the audit entry. */
    private Submission freezeAndRecord(UUID candidateId, PortfolioOverview portfolio, Round round, UUID registrationId,
                                       String lineManagerName, String lineManagerEmail, Instant arrivedAt,
                                       SubmissionType type, Optional<RoundExtension> extension) {
        UUID snapshotId = portfolios.freeze(portfolio.id());
        Submission submission = submissions.save(new Submission(UUID.randomUUID(), newReference(arrivedAt), round.id(),
                candidateId, registrationId, portfolio.pathwayKey(), type, SubmissionForm.WAYMARK, portfolio.id(),
                snapshotId, null, null, null, null, null, null, lineManagerName, lineManagerEmail,
                SubmissionStatus.SUBMITTED, registrationId, arrivedAt, round.decisionDueFor(arrivedAt),
                extension.map(RoundExtension::id).orElse(null), arrivedAt, candidateId, null, null));
        registrations.recordSubmission(registrationId, arrivedAt);
        permissions.grant(candidateId, Relation.OWNER, OBJECT_TYPE, submission.id());
        events.publishEvent(new PortfolioSubmitted(submission.id(), submission.reference(), round.id(), candidateId,
                portfolio.pathwayKey(), type, SubmissionForm.WAYMARK, arrivedAt));
        events.publishEvent(new AuditEvent(candidateId, "submission.submitted", OBJECT_TYPE, submission.id().toString(),
                submission.reference() + ": " + portfolio.pathwayName() + " portfolio into " + round.name() + " ("
                        + type.label().toLowerCase() + (extension.isPresent() ? ", under an extension" : "") + ")"));
        return submission;
    }

    // ---- Resubmission after a referral ----

    /**
     * Resubmits the portfolio of a referred submission, with the candidate's summary of what changed: on the referred
     * submission's registration (whether or not it would still allow a first submission: it covers re-assessment),
     * into any round open to the candidate, before the outcome's resubmit-by date, once (a resubmission withdrawn or
     * returned at the completeness check does not use the referral up). The portfolio must be complete, as for any
     * submission. Refusals throw {@link SubmissionRefused} with the reason in the candidate's words.
     */
    public Submission resubmit(UUID candidateId, UUID referredSubmissionId, UUID roundId, String changeSummary,
                               Instant arrivedAt) {
        Instant at = arrivedAt.truncatedTo(ChronoUnit.MICROS);
        try {
            return transaction.execute(status -> resubmitInTransaction(candidateId, referredSubmissionId, roundId,
                    blankToNull(changeSummary), at));
        } catch (DataIntegrityViolationException e) {
            throw alreadyInProgress();
        }
    }

    private Submission resubmitInTransaction(UUID candidateId, UUID referredId, UUID roundId, String changeSummary,
                                             Instant arrivedAt) {
        Submission referred = ownSubmission(candidateId, referredId);
        whyNoResubmission(referred, arrivedAt).ifPresent(why -> {
            throw why;
        });
        if (changeSummary == null) {
            throw new SubmissionRefused(SubmissionRefused.Reason.NO_CHANGE_SUMMARY,
                    "Summarise what you changed since your portfolio was referred");
        }
        PortfolioOverview portfolio = ownPortfolio(candidateId, referred.portfolioId());
        Round round = roundService.find(roundId).orElseThrow(() -> new NotPermittedException("round", roundId));
        Optional<RoundExtension> extension = admittedBy(round, candidateId, arrivedAt);
        List<MissingItem> missing = portfolios.missingItems(portfolio.id());
        if (!missing.isEmpty()) {
            throw new SubmissionRefused(SubmissionRefused.Reason.INCOMPLETE,
                    "Your portfolio is not complete yet: " + missing.size() + (missing.size() == 1 ? " thing is" : " things are")
                            + " still missing.", missing);
        }
        if (submissions.findByCandidateIdOrderBySubmittedAtDesc(candidateId).stream()
                .anyMatch(s -> referred.registrationId().equals(s.inProgressRegistration()))) {
            throw alreadyInProgress();
        }
        Submission submission = freezeAndRecord(candidateId, portfolio, round, referred.registrationId(),
                referred.lineManagerName(), referred.lineManagerEmail(), arrivedAt,
                // a referred portfolio review is reviewed again (its outcome still confirms the award or refers it)
                referred.submissionType() == SubmissionType.PORTFOLIO_REVIEW ? SubmissionType.PORTFOLIO_REVIEW : SubmissionType.RESUBMISSION,
                extension);
        resubmissions.insert(new Resubmission(submission.id(), referred.id(), changeSummary, arrivedAt));
        return submission;
    }

    /**
     * Why the candidate could not resubmit after this submission at this instant, or empty when they can (the
     * round, the portfolio's completeness and the summary are checked on submitting).
     */
    public Optional<String> whyNoResubmission(UUID candidateId, UUID referredSubmissionId, Instant at) {
        return whyNoResubmission(ownSubmission(candidateId, referredSubmissionId), at).map(RuntimeException::getMessage);
    }

    private Optional<SubmissionRefused> whyNoResubmission(Submission referred, Instant at) {
        Optional<SubmissionOutcome> outcome = outcomes.find(referred.id());
        if (referred.status() != SubmissionStatus.DECIDED || outcome.isEmpty() || !outcome.get().referral()) {
            return Optional.of(new SubmissionRefused(SubmissionRefused.Reason.NOT_REFERRED,
                    "This submission was not referred, so there is nothing to resubmit."));
        }
        if (referred.form() != SubmissionForm.WAYMARK || referred.portfolioId() == null) {
            return Optional.of(new SubmissionRefused(SubmissionRefused.Reason.NOT_REFERRED,
                    "A portfolio written elsewhere cannot be resubmitted through Waymark yet: please contact the accrediting body."));
        }
        Optional<Submission> made = resubmissions.following(referred.id()).stream()
                .map(r -> submissions.findById(r.submissionId()).orElseThrow())
                .filter(s -> s.status() != SubmissionStatus.WITHDRAWN && s.status() != SubmissionStatus.RETURNED)
                .findFirst();
        if (made.isPresent()) {
            return Optional.of(new SubmissionRefused(SubmissionRefused.Reason.ALREADY_RESUBMITTED,
                    "You have already resubmitted this portfolio (" + made.get().reference() + "). A referral allows one resubmission."));
        }
        if (!at.isBefore(outcome.get().resubmitBy())) {
            return Optional.of(new SubmissionRefused(SubmissionRefused.Reason.RESUBMISSION_CLOSED,
                    "The date to resubmit this portfolio, " + ukDate(outcome.get().resubmitBy())
                            + ", has passed, so it can no longer be resubmitted. Please contact the accrediting body to discuss what you can do next."));
        }
        return Optional.empty();
    }

    /** The resubmission made after this referral that still counts (not withdrawn or returned), if any. */
    public Optional<SubmissionSummary> resubmissionAfter(UUID referredSubmissionId) {
        return resubmissions.following(referredSubmissionId).stream()
                .map(r -> submissions.findById(r.submissionId()).orElseThrow())
                .filter(s -> s.status() != SubmissionStatus.WITHDRAWN && s.status() != SubmissionStatus.RETURNED)
                .findFirst().map(s -> summaries(List.of(s)).getFirst());
    }

    private Submission ownSubmission(UUID candidateId, UUID submissionId) {
        return submissions.findById(submissionId).filter(s -> s.candidateId().equals(candidateId))
                .orElseThrow(() -> new NotPermittedException(OBJECT_TYPE, submissionId));
    }

    /**
     * Withdraws a submission the candidate made, while it waits for the completeness check. The snapshot stays (it
     * is what was sent) but no longer holds the portfolio, and the registration is free for another submission.
     */
    @Transactional
    public Submission withdraw(UUID candidateId, UUID submissionId, String reason) {
        Submission submission = submissions.findById(submissionId)
                .filter(s -> s.candidateId().equals(candidateId))
                .orElseThrow(() -> new NotPermittedException(OBJECT_TYPE, submissionId));
        if (submission.status() != SubmissionStatus.SUBMITTED) {
            throw new SubmissionRefused(SubmissionRefused.Reason.NOT_WITHDRAWABLE, switch (submission.status()) {
                case ACCEPTED -> "This submission has been accepted for assessment, so it can no longer be withdrawn.";
                case WITHDRAWN -> "This submission has already been withdrawn.";
                default -> "This submission is no longer waiting for the completeness check, so it cannot be withdrawn.";
            });
        }
        Instant now = clock.instant();
        String why = blankToNull(reason);
        Submission withdrawn = submissions.save(submission.moveTo(SubmissionStatus.WITHDRAWN, candidateId, now, why));
        if (withdrawn.snapshotId() != null) {
            portfolios.release(withdrawn.snapshotId());
        }
        events.publishEvent(new SubmissionWithdrawn(withdrawn.id(), withdrawn.reference(), withdrawn.roundId(), candidateId,
                now, why));
        events.publishEvent(new AuditEvent(candidateId, "submission.withdrawn", OBJECT_TYPE, withdrawn.id().toString(),
                withdrawn.reference() + (why == null ? "" : ": " + why)));
        return withdrawn;
    }

    // ---- Questions the pages ask before submitting ----

    /** The portfolio, if this candidate owns it (404 otherwise). */
    public PortfolioOverview ownPortfolio(UUID candidateId, UUID portfolioId) {
        return portfolios.overview(portfolioId).filter(p -> p.ownerId().equals(candidateId))
                .orElseThrow(() -> new NotPermittedException(Portfolios.OBJECT_TYPE, portfolioId));
    }

    /** The registration that lets the candidate submit this portfolio now, if there is one. */
    public Optional<RegistrationSummary> registrationFor(UUID candidateId, String pathwayKey, Instant at) {
        return registrations.validFor(candidateId, pathwayKey, at);
    }

    /** Why this candidate could not submit into the round at this instant (the rounds' deadline rule), or empty. */
    public Optional<String> whyRoundNotOpen(Round round, UUID candidateId, Instant at) {
        return roundService.whyNotAccepting(round, candidateId, at);
    }

    /** The deadline that applies to this candidate: their extension's, if they have one, else the round's. */
    public Optional<Instant> deadlineFor(Round round, UUID candidateId) {
        return roundService.deadlineFor(round, candidateId);
    }

    /** Rounds this candidate may submit into at this instant (their extensions included), nearest deadline first. */
    public List<Round> openRoundsFor(UUID candidateId, Instant at) {
        return roundService.all().stream()
                .filter(r -> whyRoundNotOpen(r, candidateId, at).isEmpty())
                .sorted(Comparator.comparing((Round r) -> deadlineFor(r, candidateId).orElse(Instant.MAX)))
                .toList();
    }

    public Optional<Round> round(UUID roundId) {
        return roundService.find(roundId);
    }

    public Optional<Submission> submission(UUID submissionId) {
        return submissions.findById(submissionId);
    }

    /** "31 May 2027, 12:00 BST": a time in the display zone, with the zone named. */
    public String ukTime(Instant instant) {
        return ukTime.format(instant);
    }

    /** "30 April 2027": a decision is due on a day, not at a minute. */
    public String ukDate(Instant instant) {
        return ukTime.date(instant);
    }

    // ---- Submitting (the facade) ----

    @Override
    public Optional<SubmissionSummary> find(UUID submissionId) {
        return submissions.findById(submissionId).map(s -> summaries(List.of(s)).getFirst());
    }

    @Override
    public List<SubmissionSummary> submittedBy(UUID candidateId) {
        return summaries(submissions.findByCandidateIdOrderBySubmittedAtDesc(candidateId));
    }

    @Override
    public List<SubmissionSummary> acceptedIn(UUID roundId) {
        return summaries(submissions.findByRoundIdOrderBySubmittedAtAsc(roundId).stream()
                .filter(s -> s.status() == SubmissionStatus.ACCEPTED).toList());
    }

    @Override
    public List<RoundSummary> roundsOpenTo(UUID candidateId, Instant at) {
        return openRoundsFor(candidateId, at).stream().map(r -> roundSummary(r.id()).orElseThrow()).toList();
    }

    @Override
    public Optional<RoundSummary> roundSummary(UUID roundId) {
        return rounds.findById(roundId).map(r -> new RoundSummary(r.id(), r.name(), r.kind(), r.opensAt(), r.closesAt(),
                r.assessmentStartsAt(), r.assessmentEndsAt(), r.resultsReleasedAt(), r.decisionWeeks(), r.blind(), r.closedAt()));
    }

    @Override
    @Transactional
    public void recordOutcome(UUID submissionId, String outcomeKey, String outcomeName, Instant resubmitBy, UUID releasedBy) {
        Submission submission = submissions.findById(submissionId)
                .orElseThrow(() -> new IllegalStateException("No submission " + submissionId));
        if (submission.status() != SubmissionStatus.ACCEPTED || outcomes.find(submissionId).isPresent()) {
            throw new IllegalStateException(submission.reference() + " is " + submission.status() + ", not waiting for an outcome");
        }
        Instant now = clock.instant();
        Submission decided = submissions.save(submission.moveTo(SubmissionStatus.DECIDED, releasedBy, now, outcomeName));
        outcomes.insert(new SubmissionOutcome(submissionId, outcomeKey, outcomeName, resubmitBy, now), releasedBy);
        if (decided.snapshotId() != null) {
            portfolios.release(decided.snapshotId());
        }
        events.publishEvent(new AuditEvent(releasedBy, "submission.decided", OBJECT_TYPE, submissionId.toString(),
                decided.reference() + ": " + outcomeName + (resubmitBy == null ? "" : ", resubmit by " + ukDate(resubmitBy))));
    }

    @Override
    @Transactional
    public void replaceOutcome(UUID submissionId, String outcomeKey, String outcomeName, Instant resubmitBy, UUID releasedBy) {
        Submission submission = submissions.findById(submissionId)
                .orElseThrow(() -> new IllegalStateException("No submission " + submissionId));
        SubmissionOutcome replaced = outcomes.find(submissionId).orElse(null);
        if (submission.status() != SubmissionStatus.DECIDED || replaced == null) {
            throw new IllegalStateException(submission.reference() + " is " + submission.status() + ", with no outcome to replace");
        }
        Instant now = clock.instant();
        Submission decided = submissions.save(submission.moveTo(SubmissionStatus.DECIDED, releasedBy, now, outcomeName));
        outcomes.replace(new SubmissionOutcome(submissionId, outcomeKey, outcomeName, resubmitBy, now), releasedBy);
        events.publishEvent(new AuditEvent(releasedBy, "submission.outcome-replaced", OBJECT_TYPE, submissionId.toString(),
                decided.reference() + ": " + replaced.outcomeName() + " replaced by " + outcomeName
                        + " after a reassessment on appeal" + (resubmitBy == null ? "" : ", resubmit by " + ukDate(resubmitBy))));
    }

    @Override
    public Optional<SubmissionOutcome> outcome(UUID submissionId) {
        return outcomes.find(submissionId);
    }

    @Override
    public Optional<Resubmission> resubmissionOf(UUID submissionId) {
        return resubmissions.of(submissionId);
    }

    private List<SubmissionSummary> summaries(List<Submission> list) {
        Map<UUID, Round> byId = rounds.findAllById(list.stream().map(Submission::roundId).distinct().toList()).stream()
                .collect(Collectors.toMap(Round::id, Function.identity()));
        return list.stream().map(s -> new SubmissionSummary(s.id(), s.reference(), s.roundId(),
                byId.containsKey(s.roundId()) ? byId.get(s.roundId()).name() : "", s.candidateId(), s.registrationId(),
                s.pathway(), s.submissionType(), s.form(), s.status(), s.portfolioId(), s.snapshotId(), s.submittedAt(),
                s.decisionDueAt(), s.statusChangedAt(), s.statusMessage(), s.lineManagerName(), s.lineManagerEmail())).toList();
    }

    // ---- Rules ----

    private RegistrationSummary registrationFor(UUID candidateId, PortfolioOverview portfolio, Instant at) {
        return registrations.validFor(candidateId, portfolio.pathwayKey(), at).orElseThrow(() -> new SubmissionRefused(
                SubmissionRefused.Reason.NOT_REGISTERED,
                "You need a paid registration for the " + portfolio.pathwayName() + " pathway, valid today, to submit this portfolio."));
    }

    /**
     * Refuses unless the round takes this candidate's submission arriving at this instant; returns the extension
     * that let it in after the round's own deadline, if one did.
     */
    private Optional<RoundExtension> admittedBy(Round round, UUID candidateId, Instant at) {
        roundService.whyNotAccepting(round, candidateId, at).ifPresent(why -> {
            throw new SubmissionRefused(SubmissionRefused.Reason.ROUND_NOT_OPEN, why);
        });
        if (round.kind() == RoundKind.FIXED && !at.isBefore(round.closesAt())) {
            return extensions.findByRoundIdAndCandidateId(round.id(), candidateId);
        }
        return Optional.empty();
    }

    private static SubmissionRefused alreadyInProgress() {
        return new SubmissionRefused(SubmissionRefused.Reason.ALREADY_IN_PROGRESS,
                "You already have a submission in progress on this registration. Withdraw it first if you want to send a different portfolio.");
    }

    /**
     * "SUB-2026-7KQ2XM": the year it arrived and six characters that cannot be mistaken for one another. Package
     * visible so that external submissions (ExternalSubmissions) share the scheme.
     */
    String newReference(Instant at) {
        StringBuilder reference = new StringBuilder("SUB-").append(at.atZone(ukTime.zone()).getYear()).append('-');
        for (int i = 0; i < 6; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The name of a pathway, for pages and emails. */
    public String pathwayName(String pathwayKey) {
        return catalogue.current().findPathway(pathwayKey).map(p -> p.name()).orElse(pathwayKey);
    }
}
