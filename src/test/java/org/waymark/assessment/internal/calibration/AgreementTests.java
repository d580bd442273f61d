package org.waymark.assessment.internal.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.waymark.assessment.internal.calibration.Agreement.GradePair;
import org.waymark.assessment.internal.calibration.Agreement.Graded;
import org.waymark.assessment.internal.calibration.Agreement.Weights;

/**
 * Figures worked by hand. Scale: 0 Strong, 1 Adequate, 2 Revisions required, 3 Incomplete or missing; null Not
 * applicable.
 */
class AgreementTests {

    /**
     * Six pairs (S,S) (S,A) (A,A) (R,R) (I,R) (A,A), and one (N/A, S) left out.
     * First assessor's totals 2,2,1,1; second's 1,3,2,0; n = 6.
     * Linear: observed disagreement (1/3 + 1/3) / 6 = 1/9; by chance, sum of |i-j| r_i c_j = 36, so 36 / 3 / 36 = 1/3;
     * kappa = 1 - (1/9) / (1/3) = 2/3.
     * Quadratic: observed (1/9 + 1/9) / 6 = 1/27; sum of (i-j)^2 r_i c_j = 58, so 58 / 9 / 36 = 29/162;
     * kappa = 1 - (1/27) / (29/162) = 1 - 6/29 = 23/29.
     */
    private static final List<GradePair> SIX = List.of(pair(0, 0), pair(0, 1), pair(1, 1), pair(2, 2), pair(3, 2),
            pair(1, 1), pair(null, 0));

    @Test
    void linearWeightedKappaOfSixPairsIsTwoThirds() {
        var kappa = Agreement.weightedKappa(SIX, 4, Weights.LINEAR);
        assertThat(kappa.pairs()).isEqualTo(6);
        assertThat(kappa.value()).hasValueSatisfying(v -> assertThat(v).isCloseTo(2.0 / 3, within(1e-12)));
    }

    @Test
    void quadraticWeightedKappaOfTheSamePairsIsTwentyThreeTwentyNinths() {
        var kappa = Agreement.weightedKappa(SIX, 4, Weights.QUADRATIC);
        assertThat(kappa.value()).hasValueSatisfying(v -> assertThat(v).isCloseTo(23.0 / 29, within(1e-12)));
    }

    /**
     * Two pairs (S,I) (I,S): totals 1,0,0,1 on both sides. Linear observed 1 + 1 over 2 = 1; by chance
     * (|0-3| + |3-0|) / 3 / 4 = 1/2; kappa = 1 - 1 / (1/2) = -1: as far from agreement as it gets.
     */
    @Test
    void oppositeGradesGiveMinusOneAndPerfectAgreementGivesOne() {
        assertThat(Agreement.weightedKappa(List.of(pair(0, 3), pair(3, 0)), 4, Weights.LINEAR).value())
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(-1.0, within(1e-12)));
        assertThat(Agreement.weightedKappa(List.of(pair(0, 0), pair(1, 1), pair(3, 3)), 4, Weights.LINEAR).value())
                .hasValueSatisfying(v -> assertThat(v).isCloseTo(1.0, within(1e-12)));
    }

    /**
     * Systematic disagreement: the second assessor always one step worse, (S,A) (A,R) (R,I), and (A, N/A) left out.
     * First's totals 1,1,1,0; second's 0,1,1,1; n = 3. Linear: observed 3 x 1/3 / 3 = 1/3; by chance, sum of |i-j| r_i c_j:
     * from S 1+2+3 = 6, from A 0+1+2 = 3, from R 1+0+1 = 2, so 11 / 3 / 9 = 11/27; kappa = 1 - (1/3) / (11/27) = 2/11.
     * Never the same grade, yet above 0: the order is kept, only shifted (the tendencies show the shift).
     */
    @Test
    void aSystematicOneStepShiftGivesTwoElevenths() {
        var kappa = Agreement.weightedKappa(List.of(pair(0, 1), pair(1, 2), pair(2, 3), pair(1, null)), 4, Weights.LINEAR);
        assertThat(kappa.pairs()).isEqualTo(3);
        assertThat(kappa.value()).hasValueSatisfying(v -> assertThat(v).isCloseTo(2.0 / 11, within(1e-12)));
    }

    @Test
    void kappaIsUndefinedWithoutPairsOrWhenEveryGradeIsTheSame() {
        assertThat(Agreement.weightedKappa(List.of(pair(null, 1), pair(2, null)), 4, Weights.LINEAR))
                .satisfies(k -> {
                    assertThat(k.value()).isEmpty();
                    assertThat(k.pairs()).isZero();
                });
        assertThat(Agreement.weightedKappa(List.of(pair(1, 1), pair(1, 1)), 4, Weights.LINEAR))
                .satisfies(k -> {
                    assertThat(k.value()).isEmpty();
                    assertThat(k.pairs()).isEqualTo(2);
                });
    }

    @Test
    void aGradeOffTheScaleIsRefused() {
        assertThatThrownBy(() -> Agreement.weightedKappa(List.of(pair(4, 0)), 4, Weights.LINEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on a scale of 4");
        assertThatThrownBy(() -> Agreement.weightedKappa(List.of(), 1, Weights.LINEAR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Strict: grades (R against A), (I against A), (A against A), and an N/A row left out: own mean (2+3+1)/3 = 2,
     * co-assessors' (1+1+1)/3 = 1, differences +1, +2, 0; mean 1.0, agreement 1/3. Lenient: (S against R), (S against S):
     * own mean 0, co-assessors' 1, -2, 0; mean -1.0, agreement 1/2.
     */
    @Test
    void eachAssessorsTendencyAgainstTheirCoAssessors() {
        UUID strict = UUID.randomUUID();
        UUID lenient = UUID.randomUUID();
        List<Graded> grades = new ArrayList<>(List.of(new Graded(strict, 2, 1), new Graded(strict, 3, 1), new Graded(strict, 1, 1),
                new Graded(strict, null, 1), new Graded(lenient, 0, 2), new Graded(lenient, 0, 0)));

        var tendencies = Agreement.tendencies(grades);

        assertThat(tendencies.get(strict)).satisfies(t -> {
            assertThat(t.pairs()).isEqualTo(3);
            assertThat(t.meanGrade()).isCloseTo(2.0, within(1e-12));
            assertThat(t.coAssessorMean()).isCloseTo(1.0, within(1e-12));
            assertThat(t.meanDifference()).isCloseTo(1.0, within(1e-12));
            assertThat(t.agreement()).isCloseTo(1.0 / 3, within(1e-12));
        });
        assertThat(tendencies.get(lenient)).satisfies(t -> {
            assertThat(t.pairs()).isEqualTo(2);
            assertThat(t.meanGrade()).isCloseTo(0.0, within(1e-12));
            assertThat(t.coAssessorMean()).isCloseTo(1.0, within(1e-12));
            assertThat(t.meanDifference()).isCloseTo(-1.0, within(1e-12));
            assertThat(t.agreement()).isCloseTo(0.5, within(1e-12));
        });
    }

    private static GradePair pair(Integer first, Integer second) {
        return new GradePair(first, second);
    }
}
