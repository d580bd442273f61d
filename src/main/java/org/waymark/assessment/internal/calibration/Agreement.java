package org.waymark.assessment.internal.calibration;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The statistics behind calibration: how far paired assessors agree on one grade row, and how one assessor's grades
 * sit against their co-assessors'. Grades are positions on the ordinal scale, 0 for the best (Strong) to
 * {@code categories - 1} for the worst (Incomplete or missing); {@code null} is Not applicable and is left out, as
 * it says nothing about how good the work is.
 * <p>
 * Written here rather than taken from a library: the one formula is short, the scale is tiny, and a statistics
 * library on the classpath for one function would be more to keep up than these lines (the figures are checked in
 * {@code AgreementTests} against values worked by hand).
 */
public final class Agreement {

    private Agreement() {
    }

    /** How disagreements are weighed: by how many steps apart the grades are, or by the square of it. */
    public enum Weights {
        LINEAR, QUADRATIC;

        double of(int i, int j, int categories) {
            double d = Math.abs(i - j) / (double) (categories - 1);
            return this == LINEAR ? d : d * d;
        }
    }

    /** Two assessors' grades of the same row of the same portfolio. */
    public record GradePair(Integer first, Integer second) {

        boolean bothGraded() {
            return first != null && second != null;
        }
    }

    /**
     * Weighted Cohen's kappa and the number of pairs behind it; the value is empty when it is not defined (no pairs,
     * or every grade in one category, where chance agreement is already complete).
     */
    public record Kappa(Optional<Double> value, int pairs) {
    }

    /**
     * Cohen's weighted kappa: 1 - (observed weighted disagreement / disagreement expected by chance from each
     * assessor's own spread of grades).
     */
    public static Kappa weightedKappa(Collection<GradePair> pairs, int categories, Weights weights) {
        if (categories < 2) {
            throw new IllegalArgumentException("A scale needs at least two grades");
        }
        List<GradePair> graded = pairs.stream().filter(GradePair::bothGraded).toList();
        int n = graded.size();
        if (n == 0) {
            return new Kappa(Optional.empty(), 0);
        }
        double[][] observed = new double[categories][categories];
        double[] firstTotals = new double[categories];
        double[] secondTotals = new double[categories];
        for (GradePair p : graded) {
            check(p.first(), categories);
            check(p.second(), categories);
            observed[p.first()][p.second()]++;
            firstTotals[p.first()]++;
            secondTotals[p.second()]++;
        }
        double observedDisagreement = 0;
        double expectedDisagreement = 0;
        for (int i = 0; i < categories; i++) {
            for (int j = 0; j < categories; j++) {
                double w = weights.of(i, j, categories);
                observedDisagreement += w * observed[i][j] / n;
                expectedDisagreement += w * firstTotals[i] * secondTotals[j] / ((double) n * n);
            }
        }
        if (expectedDisagreement == 0) {
            return new Kappa(Optional.empty(), n);
        }
        return new Kappa(Optional.of(1 - observedDisagreement / expectedDisagreement), n);
    }

    /** One assessor's grade and the co-assessor's on the same row of the same portfolio. */
    public record Graded(UUID assessor, Integer grade, Integer coAssessorGrade) {
    }

    /**
     * How one assessor grades against their co-assessors, over the rows both graded: {@code meanGrade} theirs and
     * {@code coAssessorMean} the co-assessors', in scale steps; {@code meanDifference} the one less the other, positive
     * when they grade worse than their co-assessors (stricter), negative when better (more lenient); {@code agreement}
     * the share of rows where both gave the same grade.
     */
    public record Tendency(UUID assessor, int pairs, double meanGrade, double coAssessorMean, double meanDifference,
                           double agreement) {
    }

    /** Each assessor's tendency over the rows both they and a co-assessor graded. */
    public static Map<UUID, Tendency> tendencies(Collection<Graded> grades) {
        Map<UUID, double[]> sums = new HashMap<>(); // pairs, sum of own grades, sum of co-assessors', same grade
        for (Graded g : grades) {
            if (g.grade() == null || g.coAssessorGrade() == null) {
                continue;
            }
            double[] s = sums.computeIfAbsent(g.assessor(), k -> new double[4]);
            s[0]++;
            s[1] += g.grade();
            s[2] += g.coAssessorGrade();
            s[3] += g.grade().equals(g.coAssessorGrade()) ? 1 : 0;
        }
        Map<UUID, Tendency> result = new HashMap<>();
        sums.forEach((assessor, s) -> result.put(assessor,
                new Tendency(assessor, (int) s[0], s[1] / s[0], s[2] / s[0], (s[1] - s[2]) / s[0], s[3] / s[0])));
        return result;
    }

    private static void check(int grade, int categories) {
        if (grade < 0 || grade >= categories) {
            throw new IllegalArgumentException("Grade " + grade + " is not on a scale of " + categories);
        }
    }
}
