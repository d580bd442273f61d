package org.waymark.assessment.internal.allocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.assessment.AssessorsAllocated;
import org.waymark.assessment.ReassessmentAllocated;
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.framework.AssessmentType;
import org.waymark.platform.AuditEvent;
import org.waymark.submission.RoundKind;
import org.waymark.submission.RoundSummary;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * What an administrator decides about a round's allocation: confirming the assessors chosen for submissions not yet
 * allocated (an assessment per submission, two places offered), offering an open place to someone else, and replacing
 * an assessor. Every choice is checked again against the allocation rules first; every decision is audited and
 * announced ({@link AssessorsAllocated}), so the assessors are emailed.
 *
 * <p>Due dates: in a fixed round, the end of the round's assessment window (when it has none, as for a rolling
 * round); in a rolling round, two weeks before the submission's decision is due, so that the lead has time to
 * reconcile and an administrator to release, but never less than two weeks from allocation.
 */
@Service
public class Allocations {

    static final Duration BEFORE_DECISION = Duration.ofDays(14);
    static final Duration AT_LEAST = Duration.ofDays(14);

    /** The submission has been allocated already (another tab, the Back button, another administrator). */
    public static class AlreadyAllocated extends RuntimeException {
        AlreadyAllocated() {
            super("Some of these submissions have been allocated already");
        }
    }

    private final RoundAllocation rounds;
    private final AllocationSolver solver;
    private final AssessmentStore store;
    private final Submitting submitting;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Allocations(RoundAllocation rounds, AllocationSolver solver, AssessmentStore store, Submitting submitting,
                Permissions permissions, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.solver = solver;
        this.store = store;
        this.submitting = submitting;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the rules say about these choices for the round's open submissions, by field ("lead-" or "second-" and the
     * submission's id); empty when they may be confirmed. A submission with neither chosen stays unallocated.
     */
    public Map<String, String> problems(RoundAllocation.View view, List<AllocationProposal.Pair> chosen) {
        Map<String, String> problems = new LinkedHashMap<>();
        List<AllocationProposal.Pair> complete = new ArrayList<>();
        for (AllocationProposal.Pair pair : chosen) {
            if (pair.lead() == null && pair.second() == null) {
                continue;
            }
            if (view.problem().submission(pair.submission()).isEmpty()) {
                throw new AlreadyAllocated();
            }
            for (Swap.Role role : Swap.Role.values()) {
                if (pair.in(role) == null) {
                    problems.put(field(role, pair.submission()), "Choose a " + role + " assessor as well, or neither to leave it unallocated");
                }
            }
            if (pair.lead() != null && pair.second() != null) {
                complete.add(pair);
            }
        }
        AllocationProposal proposal = new AllocationProposal(complete, List.of(), List.of(), List.of());
        for (AllocationProposal.Pair pair : complete) {
            for (Swap.Role role : Swap.Role.values()) {
                List<String> broken = solver.check(view.problem(), proposal, new Swap(pair.submission(), role, pair.in(role)));
                if (!broken.isEmpty()) {
                    problems.put(field(role, pair.submission()), String.join(". ", broken));
                }
            }
        }
        if (problems.isEmpty()) {
            List<String> broken = solver.violations(view.problem(), proposal);
            if (!broken.isEmpty()) {
                problems.put("allocation", String.join(". ", broken));
            }
        }
        return problems;
    }

    public static String field(Swap.Role role, UUID submission) {
        return role.name().toLowerCase(java.util.Locale.ROOT) + "-" + submission;
    }

    /**
     * Confirms the chosen assessors: in one transaction, an assessment per submission with both chosen and its two
     * places offered. Refused (with the problems by field) when a choice breaks a rule; {@link AlreadyAllocated} when
     * a submission has an assessment already. Returns the assessments made.
     */
    @Transactional
    public List<Assessment> confirm(UUID administrator, UUID roundId, List<AllocationProposal.Pair> chosen) {
        RoundAllocation.View view = rounds.view(roundId).orElseThrow(() -> new Refused("allocation", "No such round"));
        Map<String, String> problems = problems(view, chosen);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Instant now = clock.instant();
        List<Assessment> made = new ArrayList<>();
        for (AllocationProposal.Pair pair : chosen) {
            if (pair.lead() == null || pair.second() == null) {
                continue;
            }
            SubmissionSummary s = view.accepted().stream().filter(a -> a.id().equals(pair.submission())).findFirst().orElseThrow();
            boolean reassessment = view.reassessment(s.id());
            // A reassessment after an appeal follows the appealed assessment; anything else has none yet.
            Optional<Assessment> latest = store.findBySubmission(s.id());
            if (latest.isPresent() && !(reassessment && latest.get().status() == Assessment.Status.RELEASED)) {
                throw new AlreadyAllocated();
            }
            Assessment assessment = new Assessment(UUID.randomUUID(), s.id(), roundId, s.candidateId(), s.snapshotId(),
                    s.pathwayKey(), AssessmentType.valueOf(s.type().name()), previousOutcome(s), view.round().blind(),
                    Assessment.Status.IN_REVIEW, dueAt(view.round(), s, now), now, administrator, null, null, null, null,
                    null, 0);
            try {
                store.insert(assessment);
            } catch (DuplicateKeyException e) {
                throw new AlreadyAllocated();
            }
            List<AssessorsAllocated.Offer> offers = new ArrayList<>();
            for (Swap.Role role : Swap.Role.values()) {
                offers.add(offer(assessment, RoundAllocation.role(role), pair.in(role), now));
            }
            events.publishEvent(new AuditEvent(administrator, "assessment.allocated", Submitting.OBJECT_TYPE, s.id().toString(),
                    s.reference() + (reassessment ? " (reassessment after an appeal)" : "") + ": lead "
                            + view.assessorNames().get(pair.lead()) + ", second " + view.assessorNames().get(pair.second())));
            events.publishEvent(announcement(assessment, s.reference(), view, offers));
            if (reassessment) {
                events.publishEvent(new ReassessmentAllocated(assessment.id(), s.id(), s.candidateId(), s.reference(),
                        assessment.dueAt()));
            }
            made.add(assessment);
        }
        if (!made.isEmpty()) {
            events.publishEvent(new AuditEvent(administrator, "allocation.confirmed", "round", roundId.toString(),
                    view.round().name() + ": " + made.size() + (made.size() == 1 ? " submission" : " submissions") + " allocated"));
        }
        return made;
    }

    /**
     * Offers a role's place on a confirmed assessment to {@code assessor}: the open place after a decline, or, when
     * the role is held, replacing its holder (their place becomes REPLACED and their access to the portfolio ends).
     * Refused (field "assessor") when the rules do not allow them or they have held a place on it before.
     */
    @Transactional
    public Place offer(UUID administrator, UUID roundId, UUID assessmentId, Swap.Role role, UUID assessor) {
        RoundAllocation.View view = rounds.view(roundId).orElseThrow(() -> new Refused("assessor", "No such round"));
        RoundAllocation.Confirmed c = view.confirmed(assessmentId)
                .orElseThrow(() -> new Refused("assessor", "This assessment is not part of the round"));
        if (c.assessment().status() != Assessment.Status.IN_REVIEW) {
            throw new Refused("assessor", "The reviews are in: the assessors can no longer be changed");
        }
        if (c.everyone().contains(assessor)) {
            String name = view.assessorNames().getOrDefault(assessor, "This assessor");
            Place held = c.current().get(role);
            throw new Refused("assessor", held != null && held.assessorId().equals(assessor)
                    ? name + " already holds this place"
                    : name + " has held a place on this assessment already (declined, replaced or the other role)");
        }
        List<String> broken = solver.check(view.whole(), view.held(), new Swap(c.assessment().submissionId(), role, assessor));
        if (!broken.isEmpty()) {
            throw new Refused("assessor", String.join(". ", broken));
        }
        Instant now = clock.instant();
        Place current = c.current().get(role);
        String reference = c.submission() == null ? "" : c.submission().reference();
        if (current != null) {
            if (!store.movePlace(current.id(), current.version(), Place.Status.REPLACED, now, "Replaced by an administrator")) {
                throw new Refused("assessor", "The place changed meanwhile (answered or replaced). Here it is as it is now.");
            }
            permissions.end(current.assessorId(), Relation.ASSESSOR, Submitting.OBJECT_TYPE, c.assessment().submissionId());
        }
        AssessorsAllocated.Offer offer = offer(c.assessment(), RoundAllocation.role(role), assessor, now);
        events.publishEvent(new AuditEvent(administrator, "assessment.replaced", Submitting.OBJECT_TYPE,
                c.assessment().submissionId().toString(), reference + ": " + role + " place offered to "
                        + view.assessorNames().get(assessor)
                        + (current == null ? " (the place was open)" : " in place of " + view.assessorNames().get(current.assessorId()))));
        events.publishEvent(announcement(c.assessment(), reference, view, List.of(offer)));
        return store.place(offer.placeId()).orElseThrow();
    }

    private AssessorsAllocated.Offer offer(Assessment assessment, Place.Role role, UUID assessor, Instant now) {
        Place place = new Place(UUID.randomUUID(), assessment.id(), role, assessor, Place.Status.OFFERED, now, null, null,
                null, 0);
        store.insert(place);
        return new AssessorsAllocated.Offer(place.id(), assessor, role.label());
    }

    private static AssessorsAllocated announcement(Assessment a, String reference, RoundAllocation.View view,
                                                   List<AssessorsAllocated.Offer> offers) {
        return new AssessorsAllocated(a.id(), a.submissionId(), reference, a.roundId(),
                view.whole().pathwayName(a.pathwayKey()), a.dueAt(), a.blind(), offers);
    }

    /** See the class comment. */
    static Instant dueAt(RoundSummary round, SubmissionSummary s, Instant now) {
        if (round.kind() == RoundKind.FIXED && round.assessmentEndsAt() != null && round.assessmentEndsAt().isAfter(now)) {
            return round.assessmentEndsAt();
        }
        Instant decision = s.decisionDueAt() != null ? s.decisionDueAt() : now.plus(Duration.ofDays(91));
        Instant due = decision.minus(BEFORE_DECISION);
        Instant earliest = now.plus(AT_LEAST);
        return due.isBefore(earliest) ? earliest : due;
    }

    /** For a resubmission, the outcome of the referral it follows: the rules allow different outcomes after each. */
    private String previousOutcome(SubmissionSummary s) {
        return submitting.resubmissionOf(s.id())
                .flatMap(r -> submitting.outcome(r.followsSubmissionId()))
                .map(org.waymark.submission.SubmissionOutcome::outcomeKey)
                .orElse(null);
    }
}
