package org.waymark.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.access.NotPermittedException;
import org.waymark.assessment.internal.Refused;
import org.waymark.assessment.internal.appeal.Appeal;
import org.waymark.assessment.internal.appeal.Appeals;
import org.waymark.submission.SettableClock;
import org.waymark.support.WaymarkTest;

/**
 * Appeals against released outcomes, through the service, on H2 and PostgreSQL: within the period after release
 * (28 days unless configured, judged to the second), once, by the candidate only, with a reason; decided once by an
 * administrator, with a reason; both audited.
 */
@WaymarkTest
@Import(AppealTests.Clocks.class)
class AppealTests {

    static final SettableClock CLOCK = new SettableClock();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @Autowired
    Appeals appeals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext spring;

    ReferralFixtures fixtures;
    ReferralFixtures.Released released;

    @BeforeEach
    void releasedOutcome() {
        CLOCK.now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        fixtures = new ReferralFixtures(spring);
        UUID candidate = fixtures.submissions.candidate();
        released = fixtures.released(candidate, "pass", "Pass", CLOCK.instant(), null);
    }

    @Test
    void anAppealIsTakenUntilTheSecondBeforeTwentyEightDaysAfterReleaseAndNotAtIt() {
        Instant end = released.releasedAt().plus(Duration.ofDays(28));
        UUID submission = released.submission().id();

        CLOCK.now = end;
        assertThat(appeals.whyNoAppeal(released.candidate(), submission, end)).get().asString()
                .contains("The time to appeal against this outcome ended");
        Refused late = catchThrowableOfType(Refused.class, () -> appeals.appeal(released.candidate(), submission, "Unfair"));
        assertThat(late.problems()).containsKey("appeal");

        CLOCK.now = end.minusSeconds(1);
        Appeal appeal = appeals.appeal(released.candidate(), submission, "  Section 2a was not read.  ");
        assertThat(appeal.status()).isEqualTo(Appeal.Status.OPEN);
        assertThat(appeal.reason()).isEqualTo("Section 2a was not read.");
        assertThat(appeals.ofSubmission(submission)).get().extracting(Appeal::id).isEqualTo(appeal.id());
        assertThat(audit(submission, "assessment.appealed")).singleElement().asString()
                .contains(released.submission().reference()).contains("Section 2a was not read.");
    }

    @Test
    void anOutcomeIsAppealedOnceByItsCandidateWithAReason() {
        UUID submission = released.submission().id();
        assertThat(catchThrowableOfType(Refused.class, () -> appeals.appeal(released.candidate(), submission, "  ")).problems())
                .containsEntry("reason", "Give the reason for your appeal");
        UUID stranger = fixtures.submissions.candidate();
        assertThatThrownBy(() -> appeals.appeal(stranger, submission, "Not mine")).isInstanceOf(NotPermittedException.class);

        appeals.appeal(released.candidate(), submission, "First");
        Refused twice = catchThrowableOfType(Refused.class, () -> appeals.appeal(released.candidate(), submission, "Second"));
        assertThat(twice.getMessage()).contains("already appealed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appeal WHERE submission_id = ?").param(submission).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anOutcomeNotYetReleasedCannotBeAppealed() {
        ReferralFixtures.Released other = fixtures.released(fixtures.submissions.candidate(), "pass", "Pass", CLOCK.instant(), null);
        jdbc.sql("UPDATE assessment SET status = 'DECIDED' WHERE id = ?").param(other.assessmentId()).update();
        assertThat(appeals.whyNoAppeal(other.candidate(), other.submission().id(), CLOCK.instant())).get().asString()
                .contains("no released outcome");
    }

    @Test
    void anAdministratorDecidesAnAppealOnceWithAReasonAndTheDecisionIsAudited() {
        UUID submission = released.submission().id();
        Appeal appeal = appeals.appeal(released.candidate(), submission, "Unfair");
        UUID admin = UUID.randomUUID();

        Refused incomplete = catchThrowableOfType(Refused.class, () -> appeals.decide(admin, appeal.id(), null, ""));
        assertThat(incomplete.problems()).containsOnlyKeys("decision", "decisionReason");

        Appeal decided = appeals.decide(admin, appeal.id(), Appeal.Status.REASSESS, "The second review missed 2a.");
        assertThat(decided.status()).isEqualTo(Appeal.Status.REASSESS);
        assertThat(decided.decidedBy()).isEqualTo(admin);
        assertThat(decided.decisionReason()).isEqualTo("The second review missed 2a.");
        assertThat(decided.decidedAt()).isEqualTo(CLOCK.instant());
        assertThat(catchThrowableOfType(Refused.class,
                () -> appeals.decide(admin, appeal.id(), Appeal.Status.UPHELD, "Changed my mind")).getMessage())
                .contains("already been decided");
        assertThat(audit(submission, "appeal.decided")).singleElement().asString()
                .contains("To be reassessed by new assessors").contains("The second review missed 2a.");
    }

    @Test
    void openAppealsAreListedFirstOldestFirstThenDecidedOnes() {
        Appeal decided = appeals.appeal(released.candidate(), released.submission().id(), "One");
        appeals.decide(UUID.randomUUID(), decided.id(), Appeal.Status.UPHELD, "It stands");
        CLOCK.now = CLOCK.now.plusSeconds(60);
        ReferralFixtures.Released second = fixtures.released(fixtures.submissions.candidate(), "pass", "Pass", CLOCK.instant(), null);
        Appeal older = appeals.appeal(second.candidate(), second.submission().id(), "Two");
        CLOCK.now = CLOCK.now.plusSeconds(60);
        ReferralFixtures.Released third = fixtures.released(fixtures.submissions.candidate(), "pass", "Pass", CLOCK.instant(), null);
        Appeal newer = appeals.appeal(third.candidate(), third.submission().id(), "Three");

        List<UUID> order = appeals.all().stream().map(Appeal::id)
                .filter(id -> List.of(decided.id(), older.id(), newer.id()).contains(id)).toList();
        assertThat(order).containsExactly(older.id(), newer.id(), decided.id());
    }

    private List<String> audit(UUID submissionId, String action) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE object_type = 'submission' AND object_id = ? AND action = ?")
                .params(submissionId.toString(), action).query(String.class).list();
    }
}
