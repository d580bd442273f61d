package org.waymark.submission.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.portfolio.PortfolioOverview;
import org.waymark.portfolio.Portfolios;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;
import org.waymark.submission.ExpectedSubmissions;
import org.waymark.submission.RoundForecast;
import org.waymark.submission.RoundKind;
import org.waymark.submission.SubmissionForecasts;
import org.waymark.submission.SubmissionStatus;

/**
 * Expected submissions for a round, per pathway. The rule is deliberately simple enough to say on the page:
 * <ul>
 *     <li>those already submitted in the round (not withdrawn; a candidate counts once however often returned);</li>
 *     <li>plus every candidate with a registration valid at the round's deadline (or now, for a rolling round) and
 *         no submission in the round, whose live portfolio on that pathway lacks at most
 *         {@value #NEARLY_COMPLETE_MISSING} items: nearly ready, so expected;</li>
 *     <li>plus the other such candidates times the share of candidates with a valid registration who submitted in
 *         the last {@value #PAST_ROUNDS} closed fixed rounds (submissions made in the round over registrations valid
 *         at its deadline, on that pathway), rounded to the nearest whole submission.</li>
 * </ul>
 * It reads through other modules' APIs (registrations valid at an instant, a person's portfolios): one round's
 * forecast is an administrator's occasional page, so a read per prospect is acceptable here.
 */
@Service
@Transactional(readOnly = true)
class SubmissionOutlook implements SubmissionForecasts {

    static final int NEARLY_COMPLETE_MISSING = 2;
    static final int PAST_ROUNDS = 3;

    private final Rounds rounds;
    private final Submissions submissions;
    private final Registrations registrations;
    private final Portfolios portfolios;
    private final FrameworkCatalogue catalogue;
    private final Clock clock;

    SubmissionOutlook(Rounds rounds, Submissions submissions, Registrations registrations, Portfolios portfolios,
                      FrameworkCatalogue catalogue, Clock clock) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.registrations = registrations;
        this.portfolios = portfolios;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public java.util.Optional<RoundForecast> forecast(UUID roundId) {
        return rounds.findById(roundId).map(round -> new RoundForecast(round.id(), round.name(), round.kind(),
                round.kind() == RoundKind.FIXED ? round.closesAt() : null, round.assessmentStartsAt(),
                round.assessmentEndsAt(), round.closedAt() != null, expectedIn(round)));
    }

    List<ExpectedSubmissions> expectedIn(Round round) {
        UUID roundId = round.id();
        Instant now = clock.instant();
        Instant judgedAt = round.kind() == RoundKind.FIXED && round.closesAt().isAfter(now) ? round.closesAt() : now;

        Map<String, Set<UUID>> submittedBy = submittersByPathway(roundId);
        Map<String, int[]> prospects = new HashMap<>(); // pathway -> {nearly complete, other}
        Map<UUID, List<PortfolioOverview>> portfoliosOf = new HashMap<>();
        for (RegistrationSummary r : registrations.validAt(judgedAt)) {
            if (submittedBy.getOrDefault(r.pathwayKey(), Set.of()).contains(r.personId())) {
                continue;
            }
            int fewestMissing = portfoliosOf.computeIfAbsent(r.personId(), portfolios::ownedBy).stream()
                    .filter(p -> p.pathwayKey().equals(r.pathwayKey()))
                    .mapToInt(PortfolioOverview::missingCount).min().orElse(Integer.MAX_VALUE);
            int[] counts = prospects.computeIfAbsent(r.pathwayKey(), k -> new int[2]);
            counts[fewestMissing <= NEARLY_COMPLETE_MISSING ? 0 : 1]++;
        }

        List<Round> earlier = pastRounds(round);
        Map<String, int[]> history = pastRates(earlier); // pathway -> {submitted, valid registrations}
        int pastRounds = earlier.size();
        List<ExpectedSubmissions> expected = new ArrayList<>();
        for (String pathway : pathwaysInOrder(submittedBy.keySet(), prospects.keySet())) {
            int submitted = submittedBy.getOrDefault(pathway, Set.of()).size();
            int[] counts = prospects.getOrDefault(pathway, new int[2]);
            int[] past = history.get(pathway);
            Double rate = past == null || past[1] == 0 ? null : Math.min(1.0, (double) past[0] / past[1]);
            int fromOthers = rate == null ? 0 : (int) Math.round(rate * counts[1]);
            expected.add(new ExpectedSubmissions(pathway, submitted, counts[0], counts[1], rate, pastRounds,
                    submitted + counts[0] + fromOthers));
        }
        return expected;
    }

    private List<Round> pastRounds(Round round) {
        Instant now = clock.instant();
        return rounds.findAllByOrderByOpensAtDesc().stream()
                .filter(r -> r.kind() == RoundKind.FIXED && !r.id().equals(round.id()) && r.closesAt().isBefore(now))
                .sorted(Comparator.comparing(Round::closesAt).reversed())
                .limit(PAST_ROUNDS).toList();
    }

    /** Who submitted in the round (not withdrawn), by pathway: a candidate counts once however often returned. */
    private Map<String, Set<UUID>> submittersByPathway(UUID roundId) {
        Map<String, Set<UUID>> submitted = new HashMap<>();
        for (Submission s : submissions.findByRoundIdOrderBySubmittedAtAsc(roundId)) {
            if (s.status() != SubmissionStatus.WITHDRAWN) {
                submitted.computeIfAbsent(s.pathway(), k -> new HashSet<>()).add(s.candidateId());
            }
        }
        return submitted;
    }

    private Map<String, int[]> pastRates(List<Round> pastRounds) {
        Map<String, int[]> history = new HashMap<>();
        for (Round past : pastRounds) {
            Map<String, Set<UUID>> submitted = submittersByPathway(past.id());
            Map<String, Set<UUID>> valid = new HashMap<>();
            for (RegistrationSummary r : registrations.validAt(past.closesAt())) {
                valid.computeIfAbsent(r.pathwayKey(), k -> new HashSet<>()).add(r.personId());
            }
            for (String pathway : valid.keySet()) {
                int[] h = history.computeIfAbsent(pathway, k -> new int[2]);
                h[0] += submitted.getOrDefault(pathway, Set.of()).size();
                h[1] += valid.get(pathway).size();
            }
        }
        return history;
    }

    private List<String> pathwaysInOrder(Set<String> a, Set<String> b) {
        Set<String> wanted = new HashSet<>(a);
        wanted.addAll(b);
        List<String> ordered = new ArrayList<>();
        catalogue.current().pathways().forEach(p -> {
            if (wanted.remove(p.key())) {
                ordered.add(p.key());
            }
        });
        wanted.stream().sorted().forEach(ordered::add); // a pathway of an older framework version
        return ordered;
    }
}
