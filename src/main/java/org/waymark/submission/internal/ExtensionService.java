package org.waymark.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.platform.AuditEvent;
import org.waymark.platform.UkTime;
import org.waymark.registration.Registrations;
import org.waymark.submission.ExtensionDeclined;
import org.waymark.submission.ExtensionGranted;
import org.waymark.submission.ExtensionRequested;

/**
 * Extensions of a fixed deadline for one candidate: candidates with a valid registration ask from the round's page;
 * administrators grant (until when, and why) or decline, or grant one directly. Every decision is in the audit trail.
 */
@Service
public class ExtensionService {

    private static final int MAX_TEXT = 2000;

    private final RoundService rounds;
    private final RoundExtensions extensions;
    private final ExtensionRequests requests;
    private final JdbcAggregateTemplate aggregates;
    private final Registrations registrations;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UkTime ukTime;

    ExtensionService(RoundService rounds, RoundExtensions extensions, ExtensionRequests requests,
                     JdbcAggregateTemplate aggregates, Registrations registrations, People people,
                     ApplicationEventPublisher events, Clock clock, UkTime ukTime) {
        this.rounds = rounds;
        this.extensions = extensions;
        this.requests = requests;
        this.aggregates = aggregates;
        this.registrations = registrations;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.ukTime = ukTime;
    }

    /** May this person ask for an extension in this round now: a fixed round not closed, and a valid registration. */
    public boolean mayAsk(Round round, UUID candidateId) {
        return round.fixed() && !round.closed() && hasValidRegistration(candidateId);
    }

    public boolean hasValidRegistration(UUID candidateId) {
        Instant now = clock.instant();
        return registrations.heldBy(candidateId).stream().anyMatch(r -> r.validAt(now));
    }

    /** This candidate's requests in this round, newest first. */
    public List<ExtensionRequest> requestsOf(UUID roundId, UUID candidateId) {
        return requests.findByRoundIdAndCandidateIdOrderByRequestedAtDesc(roundId, candidateId);
    }

    public List<ExtensionRequest> openRequests(UUID roundId) {
        return requests.findByRoundIdAndStatusOrderByRequestedAtAsc(roundId, ExtensionRequest.Status.OPEN);
    }

    public List<RoundExtension> granted(UUID roundId) {
        return extensions.findByRoundIdOrderByGrantedAtDesc(roundId);
    }

    public Optional<RoundExtension> extensionOf(UUID roundId, UUID candidateId) {
        return extensions.findByRoundIdAndCandidateId(roundId, candidateId);
    }

    public RoundExtension extension(UUID roundId, UUID extensionId) {
        return extensions.findById(extensionId).filter(e -> e.roundId().equals(roundId))
                .orElseThrow(() -> new NoSuchElementException("No extension " + extensionId));
    }

    public ExtensionRequest request(UUID roundId, UUID requestId) {
        return requests.findById(requestId).filter(r -> r.roundId().equals(roundId))
                .orElseThrow(() -> new NoSuchElementException("No extension request " + requestId));
    }

    @Transactional
    public ExtensionRequest ask(UUID candidateId, UUID roundId, String reason) {
        Round round = rounds.get(roundId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (!round.fixed()) {
            problems.put("reason", round.name() + " is a rolling round: it has no deadline to extend");
        } else if (round.closed()) {
            problems.put("reason", round.name() + " has been closed");
        } else if (!hasValidRegistration(candidateId)) {
            problems.put("reason", "You need a paid registration that is still valid to ask for an extension");
        } else if (requestsOf(roundId, candidateId).stream().anyMatch(r -> r.status() == ExtensionRequest.Status.OPEN)) {
            problems.put("reason", "You have already asked for an extension in this round: wait for the answer");
        } else {
            text(reason, "reason", "Say why you need more time", problems);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Instant now = clock.instant();
        ExtensionRequest request = aggregates.insert(new ExtensionRequest(UUID.randomUUID(), roundId, candidateId,
                reason.strip(), now, ExtensionRequest.Status.OPEN, null, null, null));
        events.publishEvent(new AuditEvent(candidateId, "extension.requested", RoundService.OBJECT_TYPE, roundId.toString(),
                round.name() + ": " + request.reason()));
        events.publishEvent(new ExtensionRequested(request.id(), roundId, round.name(), candidateId, request.reason(), now));
        return request;
    }

    /**
     * Grants (or changes) this candidate's extension until a UK local date and time, and answers their open
     * requests in the round with the reason. Notes say how an ambiguous time was read.
     */
    @Transactional
    public List<String> grant(UUID administrator, UUID roundId, UUID candidateId, LocalDate untilOn, LocalTime untilTime,
                              String reason) {
        Round round = rounds.get(roundId);
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Instant until = checkGrant(round, untilOn, untilTime, reason, problems, notes);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Instant now = clock.instant();
        RoundExtension extension = extensions.findByRoundIdAndCandidateId(roundId, candidateId)
                .map(e -> e.regranted(until, reason.strip(), administrator, now))
                .orElseGet(() -> new RoundExtension(UUID.randomUUID(), roundId, candidateId, until, reason.strip(),
                        administrator, now, null));
        extensions.save(extension);
        for (ExtensionRequest open : requestsOf(roundId, candidateId)) {
            if (open.status() == ExtensionRequest.Status.OPEN) {
                requests.save(open.answered(ExtensionRequest.Status.GRANTED, administrator, now, reason.strip()));
            }
        }
        events.publishEvent(new AuditEvent(administrator, "extension.granted", RoundService.OBJECT_TYPE, roundId.toString(),
                round.name() + ": " + who(candidateId) + " until " + ukTime.format(until) + ". " + reason.strip()));
        events.publishEvent(new ExtensionGranted(roundId, round.name(), candidateId, until, reason.strip()));
        return notes;
    }

    /** Grants to the candidate with this email address (an administrator granting without a request). */
    @Transactional
    public List<String> grantTo(UUID administrator, UUID roundId, String email, LocalDate untilOn, LocalTime untilTime,
                                String reason) {
        Optional<PersonSummary> person = email == null || email.isBlank() ? Optional.empty() : people.findByEmail(email.strip());
        if (person.isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            problems.put("email", email == null || email.isBlank() ? "Enter the candidate's email address"
                    : "No one has a Waymark account with that email address");
            checkGrant(rounds.get(roundId), untilOn, untilTime, reason, problems, new ArrayList<>());
            throw new Refused(problems);
        }
        return grant(administrator, roundId, person.get().id(), untilOn, untilTime, reason);
    }

    /** The extension's end as an instant, with any problems (by field) and notes on how the time was read. */
    private Instant checkGrant(Round round, LocalDate untilOn, LocalTime untilTime, String reason,
                               Map<String, String> problems, List<String> notes) {
        if (!round.fixed()) {
            problems.put("untilOn", round.name() + " is a rolling round: it has no deadline to extend");
            return null;
        }
        Instant until = rounds.ukInstant(untilOn, untilTime, "untilOn", "untilTime", "the extension ends", problems, notes);
        if (until != null && !until.isAfter(round.closesAt())) {
            problems.put("untilOn", "The extension must end after the round's deadline, " + ukTime.format(round.closesAt()));
        }
        text(reason, "grantReason", "Say why the extension is granted", problems);
        return until;
    }

    @Transactional
    public void decline(UUID administrator, UUID roundId, UUID requestId, String answer) {
        Round round = rounds.get(roundId);
        ExtensionRequest request = request(roundId, requestId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.status() != ExtensionRequest.Status.OPEN) {
            problems.put("answer", "This request has already been answered");
        } else {
            text(answer, "answer", "Say why the request is declined", problems);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        requests.save(request.answered(ExtensionRequest.Status.DECLINED, administrator, clock.instant(), answer.strip()));
        events.publishEvent(new AuditEvent(administrator, "extension.declined", RoundService.OBJECT_TYPE, roundId.toString(),
                round.name() + ": " + who(request.candidateId()) + ". " + answer.strip()));
        events.publishEvent(new ExtensionDeclined(roundId, round.name(), request.candidateId(), answer.strip()));
    }

    private String who(UUID candidateId) {
        return people.find(candidateId).map(p -> p.name() + " (" + p.email() + ")").orElse(candidateId.toString());
    }

    private static void text(String value, String field, String missing, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            problems.put(field, missing);
        } else if (value.strip().length() > MAX_TEXT) {
            problems.put(field, "Keep it to " + MAX_TEXT + " characters or fewer");
        }
    }
}
