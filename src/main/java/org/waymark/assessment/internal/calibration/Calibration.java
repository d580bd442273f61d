package org.waymark.assessment.internal.calibration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.waymark.account.People;
import org.waymark.assessment.internal.calibration.Agreement.GradePair;
import org.waymark.assessment.internal.calibration.Agreement.Graded;
import org.waymark.assessment.internal.calibration.Agreement.Kappa;
import org.waymark.assessment.internal.calibration.Agreement.Tendency;
import org.waymark.assessment.internal.calibration.Agreement.Weights;
import org.waymark.assessment.internal.store.Place;
import org.waymark.assessment.internal.store.Review;
import org.waymark.assessment.internal.store.ReviewStore;
import org.waymark.assessment.internal.store.ReviewStore.SubmittedGrades;
import org.waymark.framework.AssessmentType;
import org.waymark.framework.CorePrinciple;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Grade;
import org.waymark.framework.Outcome;
import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;
import org.waymark.submission.RoundSummary;
import org.waymark.submission.Submitting;

/**
 * Calibration for administrators: how far the lead and second assessor of the same portfolio agree on each grade row
 * (weighted kappa, with the number of pairs behind it), and how each assessor's grades sit against their
 * co-assessors' in each round, so that drift and outliers show. Only assessments with both reviews submitted count;
 * Not applicable is left out.
 */
@Service
public class Calibration {

    /** Below this many pairs a kappa says more about chance than about the assessors: the page says "too few pairs". */
    public static final int MIN_PAIRS = 10;
    /** Linear weights: easier to say in plain words than quadratic, and every step of the scale weighs the same. */
    public static final Weights WEIGHTS = Weights.LINEAR;
    /** An assessor whose grades differ from their co-assessors' by less than this (in scale steps) is in line. */
    public static final double IN_LINE = 0.25;
    /** The grade that says a row does not apply: no position on the scale. */
    static final String NOT_APPLICABLE = "not-applicable";

    private final ReviewStore reviews;
    private final FrameworkCatalogue catalogue;
    private final Submitting submitting;
    private final People people;

    Calibration(ReviewStore reviews, FrameworkCatalogue catalogue, Submitting submitting, People people) {
        this.reviews = reviews;
        this.catalogue = catalogue;
        this.submitting = submitting;
        this.people = people;
    }

    /** Which assessments to look at: these rounds (all when empty) and this pathway (all when null). */
    public record Filter(List<UUID> rounds, String pathway) {

        public static final Filter ALL = new Filter(List.of(), null);

        public boolean filtered() {
            return !rounds.isEmpty() || pathway != null;
        }
    }

    public enum RowKind {
        SECTION, PRINCIPLE, OUTCOME, ALL_GRADES
    }

    /** One row's agreement; {@code enoughPairs} false when the figure should not be read (below {@link #MIN_PAIRS}). */
    public record RowAgreement(RowKind kind, String key, String label, Kappa kappa, int categories) {

        public boolean enoughPairs() {
            return kappa.pairs() >= MIN_PAIRS;
        }

        /** The figure to read, if there is one: enough pairs and defined. */
        public Optional<Double> shown() {
            return enoughPairs() ? kappa.value() : Optional.empty();
        }

        /** In words (Landis and Koch's bands), or why there is no figure. */
        public String reading() {
            if (!enoughPairs()) {
                return "Too few pairs";
            }
            return kappa.value().map(Calibration::band).orElse("Not defined: every grade the same");
        }
    }

    /** One assessor in one round: their paired reviews and how their grades sit against their co-assessors'. */
    public record AssessorRound(RoundSummary round, int reviews, Tendency tendency) {
    }

    /** One assessor across the rounds shown, and round by round (oldest first). */
    public record AssessorCalibration(UUID assessor, String name, int reviews, Tendency overall, List<AssessorRound> rounds) {
    }

    /**
     * What the page shows: how many assessments had both reviews in, the agreement per row (sections in the
     * framework's order, then the core principles, the recommended outcome and all grade rows together), and each
     * assessor (by name). {@code scale} is the grade scale the positions count on, Not applicable left out.
     */
    public record Report(Filter filter, int pairedAssessments, List<RowAgreement> rows, List<AssessorCalibration> assessors,
                         List<RoundSummary> rounds, List<Grade> scale) {

        public boolean empty() {
            return pairedAssessments == 0;
        }
    }

    /** The rounds with a submitted review, newest first: what the filter offers. */
    public List<RoundSummary> rounds() {
        return reviews.roundsWithSubmittedReviews().stream().map(submitting::roundSummary).flatMap(Optional::stream)
                .sorted(Comparator.comparing(RoundSummary::opensAt, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    public List<Pathway> pathways() {
        return catalogue.current().pathways();
    }

    public Report report(Filter filter) {
        Framework framework = catalogue.current();
        List<Grade> scale = framework.assessment().grades().stream().filter(g -> !g.key().equals(NOT_APPLICABLE)).toList();
        // The outcome scale of first submissions and resubmissions (Pass with distinction to Fail); a portfolio review's
        // Award confirmed is on no such scale with them and is left out, like Not applicable.
        List<Outcome> outcomes = framework.assessment().outcomesOffered(AssessmentType.FIRST);
        Map<String, Integer> gradePosition = positions(scale.stream().map(Grade::key).toList());
        Map<String, Integer> outcomePosition = positions(outcomes.stream().map(Outcome::key).toList());

        Map<String, List<GradePair>> sections = new LinkedHashMap<>();
        Map<String, List<GradePair>> principles = new LinkedHashMap<>();
        List<GradePair> outcomePairs = new ArrayList<>();
        List<GradePair> allGrades = new ArrayList<>();
        Map<UUID, List<Graded>> gradedByRound = new LinkedHashMap<>();
        Map<UUID, Map<UUID, Integer>> reviewsByRound = new HashMap<>(); // round -> assessor -> paired reviews
        int paired = 0;

        for (List<SubmittedGrades> assessment : byAssessment(reviews.submittedGrades(filter.rounds(), filter.pathway()))) {
            Optional<SubmittedGrades> lead = latest(assessment, Place.Role.LEAD);
            Optional<SubmittedGrades> second = latest(assessment, Place.Role.SECOND);
            if (lead.isEmpty() || second.isEmpty()) {
                continue;
            }
            paired++;
            SubmittedGrades l = lead.get();
            SubmittedGrades s = second.get();
            List<Graded> graded = gradedByRound.computeIfAbsent(l.roundId(), r -> new ArrayList<>());
            Map<UUID, Integer> counts = reviewsByRound.computeIfAbsent(l.roundId(), r -> new HashMap<>());
            counts.merge(l.assessorId(), 1, Integer::sum);
            counts.merge(s.assessorId(), 1, Integer::sum);
            for (Review.RowKind kind : Review.RowKind.values()) {
                Map<String, String> lg = l.grades().getOrDefault(kind, Map.of());
                Map<String, String> sg = s.grades().getOrDefault(kind, Map.of());
                Set<String> keys = new LinkedHashSet<>(lg.keySet());
                keys.addAll(sg.keySet());
                for (String key : keys) {
                    Integer a = gradePosition.get(lg.get(key));
                    Integer b = gradePosition.get(sg.get(key));
                    if (a == null && b == null) {
                        continue; // a statement marked complete, or both Not applicable
                    }
                    GradePair pair = new GradePair(a, b);
                    (kind == Review.RowKind.SECTION ? sections : principles)
                            .computeIfAbsent(kind == Review.RowKind.SECTION ? sectionKey(key) : key, k -> new ArrayList<>()).add(pair);
                    allGrades.add(pair);
                    graded.add(new Graded(l.assessorId(), a, b));
                    graded.add(new Graded(s.assessorId(), b, a));
                }
            }
            outcomePairs.add(new GradePair(outcomePosition.get(l.recommendedOutcome()), outcomePosition.get(s.recommendedOutcome())));
        }

        List<RowAgreement> rows = new ArrayList<>();
        int categories = scale.size();
        for (String key : orderedSections(framework, filter.pathway(), sections.keySet())) {
            rows.add(new RowAgreement(RowKind.SECTION, key, sectionLabel(framework, filter.pathway(), key),
                    Agreement.weightedKappa(sections.get(key), categories, WEIGHTS), categories));
        }
        for (CorePrinciple principle : framework.principles()) {
            List<GradePair> pairs = principles.remove(principle.key());
            if (pairs != null) {
                rows.add(new RowAgreement(RowKind.PRINCIPLE, principle.key(), principle.name(),
                        Agreement.weightedKappa(pairs, categories, WEIGHTS), categories));
            }
        }
        principles.forEach((key, pairs) -> rows.add(new RowAgreement(RowKind.PRINCIPLE, key, key,
                Agreement.weightedKappa(pairs, categories, WEIGHTS), categories)));
        if (paired > 0) {
            rows.add(new RowAgreement(RowKind.OUTCOME, "outcome", "Recommended outcome",
                    Agreement.weightedKappa(outcomePairs, outcomes.size(), WEIGHTS), outcomes.size()));
            rows.add(new RowAgreement(RowKind.ALL_GRADES, "all", "All grade rows together",
                    Agreement.weightedKappa(allGrades, categories, WEIGHTS), categories));
        }

        List<RoundSummary> rounds = gradedByRound.keySet().stream().map(submitting::roundSummary).flatMap(Optional::stream)
                .sorted(Comparator.comparing(RoundSummary::opensAt, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new Report(filter, paired, rows, assessors(rounds, gradedByRound, reviewsByRound), rounds, scale);
    }

    private List<AssessorCalibration> assessors(List<RoundSummary> rounds, Map<UUID, List<Graded>> gradedByRound,
                                                Map<UUID, Map<UUID, Integer>> reviewsByRound) {
        Set<UUID> ids = new HashSet<>();
        reviewsByRound.values().forEach(counts -> ids.addAll(counts.keySet()));
        Map<UUID, People.Name> names = people.names(ids);
        Map<UUID, Tendency> overall = Agreement.tendencies(gradedByRound.values().stream().flatMap(Collection::stream).toList());
        Map<UUID, Map<UUID, Tendency>> byRound = new HashMap<>();
        gradedByRound.forEach((round, graded) -> byRound.put(round, Agreement.tendencies(graded)));
        List<AssessorCalibration> result = new ArrayList<>();
        for (UUID assessor : ids) {
            List<AssessorRound> lines = new ArrayList<>();
            int reviewCount = 0;
            for (RoundSummary round : rounds) {
                Integer count = reviewsByRound.getOrDefault(round.id(), Map.of()).get(assessor);
                if (count != null) {
                    reviewCount += count;
                    lines.add(new AssessorRound(round, count, byRound.get(round.id()).getOrDefault(assessor, none(assessor))));
                }
            }
            String name = names.containsKey(assessor) ? names.get(assessor).name() : "Former assessor";
            result.add(new AssessorCalibration(assessor, name, reviewCount, overall.getOrDefault(assessor, none(assessor)), lines));
        }
        result.sort(Comparator.comparing(AssessorCalibration::name).thenComparing(AssessorCalibration::assessor));
        return result;
    }

    private static Tendency none(UUID assessor) {
        return new Tendency(assessor, 0, 0, 0, 0, 0);
    }

    /** Landis and Koch's (1977) words for a kappa. */
    static String band(double kappa) {
        if (kappa < 0) {
            return "Poor: worse than chance";
        }
        if (kappa <= 0.20) {
            return "Slight";
        }
        if (kappa <= 0.40) {
            return "Fair";
        }
        if (kappa <= 0.60) {
            return "Moderate";
        }
        if (kappa <= 0.80) {
            return "Substantial";
        }
        return "Almost perfect";
    }

    /** "1a#1" and "specialist#2" are graded as rows of their section: 1a, and the specialist area. */
    private static String sectionKey(String rowKey) {
        int hash = rowKey.indexOf('#');
        return hash < 0 ? rowKey : rowKey.substring(0, hash);
    }

    private static List<String> orderedSections(Framework framework, String pathway, Set<String> found) {
        Set<String> ordered = new LinkedHashSet<>();
        for (Pathway p : framework.pathways()) {
            if (pathway == null || p.key().equals(pathway)) {
                p.sections().stream().map(SectionDefinition::key).filter(found::contains).forEach(ordered::add);
            }
        }
        ordered.addAll(found); // sections of an older framework version, after the current ones
        return List.copyOf(ordered);
    }

    private static String sectionLabel(Framework framework, String pathway, String key) {
        return framework.pathways().stream().filter(p -> pathway == null || p.key().equals(pathway))
                .flatMap(p -> p.section(key).stream()).findFirst()
                .map(d -> (d.label().isBlank() ? "" : d.label() + " ") + d.title()).orElse(key);
    }

    private static Map<String, Integer> positions(List<String> keys) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.put(keys.get(i), i);
        }
        return positions;
    }

    private static Collection<List<SubmittedGrades>> byAssessment(List<SubmittedGrades> submitted) {
        Map<UUID, List<SubmittedGrades>> grouped = new LinkedHashMap<>();
        submitted.forEach(s -> grouped.computeIfAbsent(s.assessmentId(), a -> new ArrayList<>()).add(s));
        return grouped.values();
    }

    /** The latest submitted review in a role (a replaced assessor's earlier one gives way). */
    private static Optional<SubmittedGrades> latest(List<SubmittedGrades> reviews, Place.Role role) {
        return reviews.stream().filter(r -> r.role() == role)
                .max(Comparator.comparing(SubmittedGrades::submittedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())));
    }
}
