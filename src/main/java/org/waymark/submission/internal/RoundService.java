package org.waymark.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.platform.AuditEvent;
import org.waymark.platform.UkTime;
import org.waymark.registration.FixedDeadlines;
import org.waymark.submission.RoundKind;

/**
 * Submission rounds: administrators create, change and close them; everyone else asks which are open and whether a
 * submission arriving at an instant is in time ({@link #whyNotAccepting}). Times are entered as UK local dates and
 * times and kept as UTC instants.
 */
@Service
public class RoundService implements FixedDeadlines, org.waymark.submission.SubmissionRounds {

    public static final String OBJECT_TYPE = "round";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Rounds rounds;
    private final RoundExtensions extensions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UkTime ukTime;
    private final TransactionTemplate transactions;
    /** Only for {@link #acceptForAssessment}; looked up when used, so the two services need not be built in order. */
    private final org.springframework.beans.factory.ObjectProvider<CompletenessCheck> completenessCheck;

    RoundService(Rounds rounds, RoundExtensions extensions, ApplicationEventPublisher events, Clock clock, UkTime ukTime,
                 PlatformTransactionManager transactionManager,
                 org.springframework.beans.factory.ObjectProvider<CompletenessCheck> completenessCheck) {
        this.completenessCheck = completenessCheck;
        this.transactions = new TransactionTemplate(transactionManager);
        this.rounds = rounds;
        this.extensions = extensions;
        this.events = events;
        this.clock = clock;
        this.ukTime = ukTime;
    }

    /** A saved round, and anything the administrator should know about how their times were read. */
    public record Saved(Round round, List<String> notes) {
    }

    public Optional<Round> find(UUID id) {
        return rounds.findById(id);
    }

    public Round get(UUID id) {
        return rounds.findById(id).orElseThrow(() -> new NoSuchElementException("No round " + id));
    }

    /** Every round, the latest to open first. */
    public List<Round> all() {
        return rounds.findAllByOrderByOpensAtDesc();
    }

    /** Rounds taking submissions at this instant, the nearest deadline first (rolling rounds last). */
    public List<Round> openRounds(Instant at) {
        return rounds.findAllByOrderByOpensAtDesc().stream().filter(r -> r.openAt(at))
                .sorted(Comparator.comparing(Round::closesAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Rounds past their deadline in which this candidate has an extension still running at this instant (they are
     * no longer among the open rounds, but this candidate may still submit into them).
     */
    public List<Round> extendedFor(UUID candidateId, Instant at) {
        return extensions.findByCandidateId(candidateId).stream().filter(e -> e.untilAt().isAfter(at))
                .map(e -> rounds.findById(e.roundId()).orElse(null))
                .filter(r -> r != null && !r.openAt(at) && whyNotAccepting(r, candidateId, at).isEmpty())
                .toList();
    }

    @Override
    @Transactional
    public UUID createFixed(UUID actorId, String name, LocalDate opensOn, LocalDate closesOn, LocalTime closesAt,
                            LocalDate assessmentStartsOn, LocalDate assessmentEndsOn, LocalDate resultsOn) {
        return create(actorId, RoundKind.FIXED, new RoundDetails(name, opensOn, LocalTime.MIDNIGHT, closesOn, closesAt,
                assessmentStartsOn, assessmentEndsOn, resultsOn, null, false)).round().id();
    }

    @Override
    @Transactional
    public UUID createRolling(UUID actorId, String name, LocalDate opensOn, int decisionWeeks) {
        return create(actorId, RoundKind.ROLLING, new RoundDetails(name, opensOn, LocalTime.MIDNIGHT, null, null, null, null,
                null, decisionWeeks, false)).round().id();
    }

    @Transactional
    public Saved create(UUID actor, RoundKind kind, RoundDetails details) {
        List<String> notes = new ArrayList<>();
        Times times = read(kind, details, notes);
        Instant now = clock.instant();
        Round round = rounds.save(new Round(UUID.randomUUID(), details.name().strip(), kind, times.opensAt, times.closesAt,
                times.assessmentStartsAt, times.assessmentEndsAt, times.resultsReleasedAt,
                kind == RoundKind.ROLLING ? details.decisionWeeks() : null, details.blind(), null, null, now, now, null));
        events.publishEvent(new AuditEvent(actor, "round.created", OBJECT_TYPE, round.id().toString(), describe(round)));
        return new Saved(round, notes);
    }

    /**
     * Changes the round's details if nobody saved it since {@code expectedVersion} (the version the administrator's
     * form was loaded at; null if the form carried none). Otherwise changes nothing and throws
     * {@link RoundChangedMeanwhile} with the round as stored now, so two administrators cannot silently overwrite
     * each other. A closed round is refused first, whatever the version.
     */
    public Saved change(UUID actor, UUID roundId, Long expectedVersion, RoundDetails details) {
        try {
            return transactions.execute(tx -> {
                Round round = get(roundId);
                if (round.closed()) {
                    throw new Refused(Map.of("name", round.name() + " has been closed and can no longer be changed."));
                }
                if (expectedVersion == null || !expectedVersion.equals(round.version())) {
                    throw new RoundChangedMeanwhile(round);
                }
                List<String> notes = new ArrayList<>();
                Times times = read(round.kind(), details, notes);
                // Saved at the version read: a save landing between our read and our update fails it (below).
                Round changed = rounds.save(round.withDetails(details.name().strip(), times.opensAt, times.closesAt,
                        times.assessmentStartsAt, times.assessmentEndsAt, times.resultsReleasedAt,
                        round.kind() == RoundKind.ROLLING ? details.decisionWeeks() : null, details.blind(), clock.instant()));
                events.publishEvent(new AuditEvent(actor, "round.changed", OBJECT_TYPE, roundId.toString(), describe(changed)));
                return new Saved(changed, notes);
            });
        } catch (OptimisticLockingFailureException raced) {
            throw new RoundChangedMeanwhile(get(roundId));
        }
    }

    /**
     * Closes the round now: from this instant nothing more is accepted into it, extensions included. Closing does not
     * carry a version: it changes none of the details another administrator may have just saved, so it is applied
     * over whatever is stored (read again if a change lands at the same moment).
     */
    public Round close(UUID actor, UUID roundId) {
        try {
            return transactions.execute(tx -> closeNow(actor, roundId));
        } catch (OptimisticLockingFailureException raced) {
            return transactions.execute(tx -> closeNow(actor, roundId));
        }
    }

    private Round closeNow(UUID actor, UUID roundId) {
        Round round = get(roundId);
        if (round.closed()) {
            return round;
        }
        Round closed = rounds.save(round.closedBy(actor, clock.instant()));
        events.publishEvent(new AuditEvent(actor, "round.closed", OBJECT_TYPE, roundId.toString(), round.name()));
        return closed;
    }

    /**
     * THE deadline rule. Empty if a submission from this candidate whose request arrived at this instant is in time
     * for the round; otherwise why not, in words for the candidate. A fixed round's deadline holds to the second
     * (arriving at it is too late) unless an administrator extended it for this candidate.
     */
    public Optional<String> whyNotAccepting(Round round, UUID candidateId, Instant requestArrivedAt) {
        if (requestArrivedAt.isBefore(round.opensAt())) {
            return Optional.of(round.name() + " opens for submissions on " + ukTime.deadline(round.opensAt()) + ".");
        }
        if (round.closed() && !requestArrivedAt.isBefore(round.closedAt())) {
            return Optional.of(round.name() + " was closed on " + ukTime.deadline(round.closedAt())
                    + " and takes no more submissions.");
        }
        if (!round.fixed()) {
            return Optional.empty();
        }
        Optional<RoundExtension> extension = extensions.findByRoundIdAndCandidateId(round.id(), candidateId);
        Instant deadline = extension.map(RoundExtension::untilAt).filter(until -> until.isAfter(round.closesAt()))
                .orElse(round.closesAt());
        if (requestArrivedAt.isBefore(deadline)) {
            return Optional.empty();
        }
        if (extension.isPresent() && deadline.isAfter(round.closesAt())) {
            return Optional.of("Your extension for " + round.name() + " ended on " + ukTime.deadline(deadline)
                    + ". Ask for another extension from the round's page if you need one.");
        }
        return Optional.of("The deadline for " + round.name() + " was " + ukTime.deadline(round.closesAt())
                + ". Ask for an extension from the round's page if something kept you from submitting in time.");
    }

    /** This candidate's deadline in a fixed round: the round's, or their extension's if later; empty for a rolling round. */
    public Optional<Instant> deadlineFor(Round round, UUID candidateId) {
        if (!round.fixed()) {
            return Optional.empty();
        }
        return Optional.of(extensions.findByRoundIdAndCandidateId(round.id(), candidateId)
                .map(RoundExtension::untilAt).filter(until -> until.isAfter(round.closesAt()))
                .orElse(round.closesAt()));
    }

    /** The first fixed deadline at or after this instant (rounds an administrator closed before their deadline do not count). */
    @Override
    public Optional<Instant> firstAtOrAfter(Instant instant) {
        return rounds.findAllByOrderByOpensAtDesc().stream()
                .filter(r -> r.fixed() && !r.closesAt().isBefore(instant))
                .filter(r -> !r.closed() || !r.closedAt().isBefore(r.closesAt()))
                .map(Round::closesAt).min(Comparator.naturalOrder());
    }

    /** The problems with these details, by field id in the form's order; empty if they can be saved. */
    public Map<String, String> problems(RoundKind kind, RoundDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        readInto(kind, details, problems, new ArrayList<>());
        return problems;
    }

    private record Times(Instant opensAt, Instant closesAt, Instant assessmentStartsAt, Instant assessmentEndsAt,
                         Instant resultsReleasedAt) {
    }

    private Times read(RoundKind kind, RoundDetails details, List<String> notes) {
        Map<String, String> problems = new LinkedHashMap<>();
        Times times = readInto(kind, details, problems, notes);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return times;
    }

    private Times readInto(RoundKind kind, RoundDetails d, Map<String, String> problems, List<String> notes) {
        if (d.name() == null || d.name().isBlank()) {
            problems.put("name", "Enter the round's name");
        } else if (d.name().strip().length() > 120) {
            problems.put("name", "The round's name must be 120 characters or fewer");
        }
        Instant opensAt = ukInstant(d.opensOn(), d.opensTime(), "opensOn", "opensTime", "the round opens", problems, notes);
        if (kind == RoundKind.ROLLING) {
            if (d.decisionWeeks() == null) {
                problems.put("decisionWeeks", "Enter how many weeks after a submission its decision is due");
            } else if (d.decisionWeeks() < 1 || d.decisionWeeks() > 52) {
                problems.put("decisionWeeks", "Enter a number of weeks from 1 to 52");
            }
            return new Times(opensAt, null, null, null, null);
        }
        Instant closesAt = ukInstant(d.closesOn(), d.closesTime(), "closesOn", "closesTime", "the deadline", problems, notes);
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            problems.put("closesOn", "The deadline must be after the round opens (" + ukTime.format(opensAt) + ")");
        }
        Instant startsAt = startOfDay(d.assessmentStartsOn());
        Instant endsAt = startOfDay(d.assessmentEndsOn());
        if ((startsAt == null) != (endsAt == null)) {
            problems.put(startsAt == null ? "assessmentStartsOn" : "assessmentEndsOn",
                    "Enter both dates of the assessment window, or neither");
        } else if (startsAt != null) {
            if (closesAt != null && !startsAt.isAfter(closesAt)) {
                problems.put("assessmentStartsOn", "The assessment window must start after the deadline, on "
                        + DAY.format(closesAt.atZone(ukTime.zone()).toLocalDate().plusDays(1)) + " or later");
            }
            if (endsAt.isBefore(startsAt)) {
                problems.put("assessmentEndsOn", "The assessment window must end on or after the day it starts");
            }
        }
        Instant resultsAt = startOfDay(d.resultsOn());
        if (resultsAt != null) {
            if (endsAt != null && !resultsAt.isAfter(endsAt)) {
                problems.put("resultsOn", "Results must be released after the assessment window ends");
            } else if (closesAt != null && !resultsAt.isAfter(closesAt)) {
                problems.put("resultsOn", "Results must be released after the deadline");
            }
        }
        return new Times(opensAt, closesAt, startsAt, endsAt, resultsAt);
    }

    private Instant startOfDay(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ukTime.zone()).toInstant();
    }

    /**
     * A UK local date and time as an instant. At the change to summer time an hour does not exist (refused, with
     * the reason); at the change back an hour happens twice (the first, summer-time one is taken, and a note says so).
     */
    Instant ukInstant(LocalDate date, LocalTime time, String dateField, String timeField, String what,
                              Map<String, String> problems, List<String> notes) {
        if (date == null) {
            problems.put(dateField, "Enter the date " + (what.startsWith("the deadline") ? "of the deadline" : what));
        }
        if (time == null) {
            problems.put(timeField, "Enter the time " + (what.startsWith("the deadline") ? "of the deadline" : what)
                    + ", like 12:00");
        }
        if (date == null || time == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        List<ZoneOffset> offsets = ukTime.zone().getRules().getValidOffsets(local);
        String shown = time + " on " + DAY.format(date);
        if (offsets.isEmpty()) {
            problems.put(timeField, "There is no " + shown + " in the UK: the clocks go forward an hour that night."
                    + " Enter a time before or after the change");
            return null;
        }
        Instant instant = local.atOffset(offsets.getFirst()).toInstant();
        if (offsets.size() > 1) {
            notes.add(shown + " happens twice in the UK (the clocks go back an hour that night). Waymark took the first, "
                    + ukTime.format(instant) + " (" + instant.atOffset(ZoneOffset.UTC).toLocalTime() + " UTC), for "
                    + what + ".");
        }
        return instant;
    }

    private String describe(Round round) {
        return round.name() + (round.fixed()
                ? ": opens " + ukTime.format(round.opensAt()) + ", deadline " + ukTime.format(round.closesAt())
                : ": rolling, opens " + ukTime.format(round.opensAt()) + ", decisions due " + round.decisionWeeks() + " weeks after submission");
    }

    @Override
    public void acceptForAssessment(UUID actorId, UUID submissionId) {
        completenessCheck.getObject().accept(actorId, submissionId);
    }
}
