package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.waymark.assessment.internal.calibration.Agreement.Tendency;
import org.waymark.assessment.internal.calibration.Calibration;
import org.waymark.assessment.internal.calibration.Calibration.AssessorCalibration;
import org.waymark.assessment.internal.calibration.Calibration.Filter;
import org.waymark.assessment.internal.calibration.Calibration.Report;
import org.waymark.assessment.internal.calibration.Calibration.RowAgreement;
import org.waymark.support.WaymarkTest;

/**
 * Calibration over reviews submitted through the review service ({@link CalibrationFixtures}), on H2 and PostgreSQL,
 * against figures worked by hand. Scale positions: Strong 0, Adequate 1, Revisions required 2, Incomplete 3; linear
 * weights |i - j| / 3. Each test filters by its own rounds, so reviews other tests leave behind do not count.
 */
@WaymarkTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // seeded once: the tests only read
class CalibrationTests {

    @Autowired
    ApplicationContext spring;
    @Autowired
    Calibration calibration;

    CalibrationFixtures.Seeded seeded;

    @BeforeAll
    void seed() {
        seeded = new CalibrationFixtures(spring).seed();
    }

    /**
     * First round, every grade row but 1a: pairs (S,S) (A,R) (R,R). Lee's totals 1,1,1,0; Sam's 1,0,2,0; n = 3.
     * Observed: one pair a step apart, 1/3 / 3 = 1/9. By chance: sum of |i-j| r_i c_j = (S: 2x2) + (A: 1 + 1x2) + (R: 2)
     * = 9, so 9 / 3 / 9 = 1/3. Kappa = 1 - (1/9) / (1/3) = 2/3, on 3 pairs: too few to show.
     * <p>
     * 1a: Sam's Not applicable leaves (S,S) (R,R): no disagreement, kappa 1 on 2 pairs.
     * <p>
     * All grade rows together: 9 x (S,S), 8 x (A,R), 9 x (R,R), n = 26. Observed 8 x 1/3 / 26 = 4/39. By chance: Lee's
     * totals 9,8,9,0 and Sam's 9,0,17,0; sum of |i-j| r_i c_j = 9 x 34 + 8 x 26 + 9 x 18 = 676 = 26 x 26, so 1/3.
     * Kappa = 1 - (4/39) / (1/3) = 9/13, on 26 pairs: shown, "Substantial".
     * <p>
     * Recommended outcome (positions 0 Pass with distinction to 4 Fail, weights |i - j| / 4): (0,0) (1,2) (2,2);
     * observed 1/4 / 3 = 1/12, by chance 9 / 4 / 9 = 1/4: kappa 2/3 on 3 pairs.
     */
    @Test
    void agreementPerGradeRowInOneRoundMatchesTheFiguresWorkedByHand() {
        Report report = calibration.report(new Filter(List.of(seeded.first().id()), null));

        assertThat(report.pairedAssessments()).isEqualTo(3);
        assertThat(report.rows()).extracting(RowAgreement::key)
                .containsExactly("1a", "1b", "2a", "3a", "4a", "explore", "keep-up-to-date", "learn-from-colleagues",
                        "communicate", "outcome", "all");
        assertThat(row(report, "1a").label()).isEqualTo("1a An understanding of the constraints and benefits of different technologies");
        assertThat(row(report, "1a").kappa().pairs()).isEqualTo(2);
        assertThat(row(report, "1a").kappa().value()).hasValueSatisfying(k -> assertThat(k).isCloseTo(1.0, within(1e-12)));
        for (String key : List.of("1b", "2a", "3a", "4a", "explore", "keep-up-to-date", "learn-from-colleagues", "communicate", "outcome")) {
            RowAgreement row = row(report, key);
            assertThat(row.kappa().pairs()).as(key).isEqualTo(3);
            assertThat(row.kappa().value()).as(key).hasValueSatisfying(k -> assertThat(k).isCloseTo(2.0 / 3, within(1e-12)));
            assertThat(row.enoughPairs()).as(key).isFalse();
            assertThat(row.shown()).as(key).isEmpty();
            assertThat(row.reading()).as(key).isEqualTo("Too few pairs");
        }
        RowAgreement all = row(report, "all");
        assertThat(all.kappa().pairs()).isEqualTo(26);
        assertThat(all.shown()).hasValueSatisfying(k -> assertThat(k).isCloseTo(9.0 / 13, within(1e-12)));
        assertThat(all.reading()).isEqualTo("Substantial");
    }

    /**
     * Lee, first round, over the 26 rows both graded: own grades 9 x 0 + 8 x 1 + 9 x 2 = 26, mean 1; Sam's 8 x 2 + 9 x 2
     * = 34, mean 34/26; difference -8/26 (more lenient); same grade on 18 of 26. Second round, (R, A) on 9 rows:
     * Lee 2, Sam 1, difference +1 (stricter), never the same. Both rounds: 35 rows, (26 + 18 - 34 - 9) / 35 = +1/35:
     * in line overall, the drift only shows round by round. Sam mirrors Lee.
     */
    @Test
    void eachAssessorAgainstTheirCoAssessorRoundByRound() {
        Report report = calibration.report(new Filter(List.of(seeded.first().id(), seeded.second().id()), null));

        assertThat(report.pairedAssessments()).isEqualTo(4);
        assertThat(report.rounds()).extracting(r -> r.id()).containsExactly(seeded.first().id(), seeded.second().id());
        AssessorCalibration lee = assessor(report, seeded.lee());
        assertThat(lee.name()).isEqualTo("Lee Lead");
        assertThat(lee.reviews()).isEqualTo(4);
        assertThat(lee.rounds()).hasSize(2);
        Tendency first = lee.rounds().get(0).tendency();
        assertThat(lee.rounds().get(0).reviews()).isEqualTo(3);
        assertThat(first.pairs()).isEqualTo(26);
        assertThat(first.meanGrade()).isCloseTo(1.0, within(1e-12));
        assertThat(first.coAssessorMean()).isCloseTo(34.0 / 26, within(1e-12));
        assertThat(first.meanDifference()).isCloseTo(-8.0 / 26, within(1e-12));
        assertThat(first.agreement()).isCloseTo(18.0 / 26, within(1e-12));
        Tendency second = lee.rounds().get(1).tendency();
        assertThat(second.pairs()).isEqualTo(9);
        assertThat(second.meanDifference()).isCloseTo(1.0, within(1e-12));
        assertThat(second.agreement()).isZero();
        assertThat(lee.overall().pairs()).isEqualTo(35);
        assertThat(lee.overall().meanDifference()).isCloseTo(1.0 / 35, within(1e-12));

        AssessorCalibration sam = assessor(report, seeded.sam());
        assertThat(sam.rounds().get(0).tendency().meanDifference()).isCloseTo(8.0 / 26, within(1e-12));
        assertThat(sam.rounds().get(1).tendency().meanDifference()).isCloseTo(-1.0, within(1e-12));
        assertThat(sam.overall().meanDifference()).isCloseTo(-1.0 / 35, within(1e-12));
    }

    @Test
    void aPathwayWithoutPairedReviewsGivesAnEmptyReport() {
        Report report = calibration.report(new Filter(List.of(seeded.first().id()), "cmalt"));

        assertThat(report.empty()).isTrue();
        assertThat(report.rows()).isEmpty();
        assertThat(report.assessors()).isEmpty();
        assertThat(calibration.report(new Filter(List.of(seeded.first().id()), "associate")).pairedAssessments()).isEqualTo(3);
        assertThat(calibration.rounds()).extracting(r -> r.id()).contains(seeded.first().id(), seeded.second().id());
    }

    private static RowAgreement row(Report report, String key) {
        return report.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static AssessorCalibration assessor(Report report, java.util.UUID id) {
        return report.assessors().stream().filter(a -> a.assessor().equals(id)).findFirst().orElseThrow();
    }
}
