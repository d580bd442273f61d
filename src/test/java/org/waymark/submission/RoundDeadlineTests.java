package org.waymark.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.People;
import org.waymark.account.PersonSummary;
import org.waymark.account.Role;
import org.waymark.registration.FixedDeadlines;
import org.waymark.submission.internal.ExtensionService;
import org.waymark.submission.internal.Refused;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.RoundChangedMeanwhile;
import org.waymark.submission.internal.RoundDetails;
import org.waymark.submission.internal.RoundService;
import org.waymark.support.WaymarkTest;

/**
 * The deadline rule, to the second, on both sides of the clock changes: times entered as UK local times, kept in
 * UTC, judged at the instant a request arrived, extended for one candidate only.
 */
@WaymarkTest
@Import(RoundDeadlineTests.Clocks.class)
class RoundDeadlineTests {

    @Autowired
    ApplicationContext spring;

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
    RoundService rounds;
    @Autowired
    ExtensionService extensions;
    @Autowired
    FixedDeadlines fixedDeadlines;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    UUID admin;
    UUID candidate;

    @BeforeEach
    void people() {
        CLOCK.now = Instant.parse("2027-01-10T09:00:00Z");
        admin = people.createVerified("Ada Admin", unique("admin"), "administrator password", Role.ADMINISTRATOR).id();
        PersonSummary person = people.createVerified("Cat Candidate", unique("cat"), "a long enough password");
        candidate = person.id();
        new SubmissionFixtures(spring).paidRegistration(candidate, "cmalt");
    }

    private static String unique(String who) {
        return who + "-" + UUID.randomUUID() + "@example.org";
    }

    private static RoundDetails fixed(String name, String closesOn, String closesTime) {
        return new RoundDetails(name, LocalDate.parse("2027-01-04"), LocalTime.parse("09:00"), LocalDate.parse(closesOn),
                LocalTime.parse(closesTime), null, null, null, null, false);
    }

    @Test
    void aDeadlineInSummerTimeIsKeptAsUtcAndHoldsToTheSecond() {
        Round round = rounds.create(admin, RoundKind.FIXED, fixed("Spring 2027", "2027-03-31", "12:00")).round();

        assertThat(round.closesAt()).isEqualTo(Instant.parse("2027-03-31T11:00:00Z"));
        assertThat(rounds.whyNotAccepting(round, candidate, Instant.parse("2027-03-31T10:59:59Z"))).isEmpty();
        assertThat(rounds.whyNotAccepting(round, candidate, Instant.parse("2027-03-31T11:00:00Z"))).hasValueSatisfying(why ->
                assertThat(why).isEqualTo("The deadline for Spring 2027 was 31 March 2027 at 12:00 (UK time, BST)."
                        + " Ask for an extension from the round's page if something kept you from submitting in time."));
    }

    @Test
    void aDeadlineInWinterTimeIsTheSameInUtcAndHoldsToTheSecond() {
        Round round = rounds.create(admin, RoundKind.FIXED, fixed("Autumn 2027", "2027-10-31", "12:00")).round();

        assertThat(round.closesAt()).isEqualTo(Instant.parse("2027-10-31T12:00:00Z"));
        assertThat(rounds.whyNotAccepting(round, candidate, Instant.parse("2027-10-31T11:59:59Z"))).isEmpty();
        assertThat(rounds.whyNotAccepting(round, candidate, Instant.parse("2027-10-31T12:00:00Z")))
                .hasValueSatisfying(why -> assertThat(why).contains("31 October 2027 at 12:00 (UK time, GMT)"));
    }

    @Test
    void aTimeSkippedWhenTheClocksGoForwardIsRefusedWithTheReason() {
        assertThatThrownBy(() -> rounds.create(admin, RoundKind.FIXED, fixed("Skipped", "2027-03-28", "01:30")))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.problems()).containsOnlyKeys("closesTime")
                        .hasValueSatisfying(new org.assertj.core.api.Condition<>(
                                m -> m.startsWith("There is no 01:30 on 28 March 2027 in the UK"), "names the missing time")));
        assertThat(rounds.all()).noneMatch(r -> r.name().equals("Skipped"));
    }

    @Test
    void aTimeThatHappensTwiceWhenTheClocksGoBackIsTakenAsTheFirstAndTheAdministratorIsTold() {
        RoundService.Saved saved = rounds.create(admin, RoundKind.FIXED, fixed("Twice", "2027-10-31", "01:30"));

        assertThat(saved.round().closesAt()).isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
        assertThat(saved.notes()).singleElement().asString()
                .contains("01:30 on 31 October 2027 happens twice").contains("31 October 2027, 01:30 BST").contains("00:30 UTC");
    }

    @Test
    void datesOutOfOrderAreRefusedFieldByField() {
        RoundDetails details = new RoundDetails(" ", LocalDate.parse("2027-06-01"), LocalTime.NOON, LocalDate.parse("2027-05-31"),
                LocalTime.NOON, LocalDate.parse("2027-05-31"), LocalDate.parse("2027-05-30"), LocalDate.parse("2027-05-30"), null, false);

        assertThat(rounds.problems(RoundKind.FIXED, details)).containsOnlyKeys("name", "closesOn", "assessmentStartsOn",
                "assessmentEndsOn", "resultsOn");
        assertThat(rounds.problems(RoundKind.FIXED, new RoundDetails("Fine", LocalDate.parse("2027-01-04"), LocalTime.NOON,
                LocalDate.parse("2027-05-31"), LocalTime.NOON, LocalDate.parse("2027-06-01"), LocalDate.parse("2027-06-30"),
                LocalDate.parse("2027-07-15"), null, false))).isEmpty();
        for (int weeks : new int[] {0, 53}) {
            assertThat(rounds.problems(RoundKind.ROLLING, new RoundDetails("Rolling", LocalDate.parse("2027-01-04"),
                    LocalTime.NOON, null, null, null, null, null, weeks, false))).containsOnlyKeys("decisionWeeks");
        }
    }

    @Test
    void anExtensionLetsThatCandidateAloneSubmitLateAndIsInTheAuditTrail() {
        Round round = rounds.create(admin, RoundKind.FIXED, fixed("Extended 2027", "2027-03-31", "12:00")).round();
        UUID other = people.createVerified("Other Candidate", unique("other"), "a long enough password").id();
        CLOCK.now = Instant.parse("2027-03-30T09:00:00Z");
        extensions.ask(candidate, round.id(), "I was in hospital");

        extensions.grant(admin, round.id(), candidate, LocalDate.parse("2027-04-02"), LocalTime.NOON, "Illness, with a note");

        Instant late = Instant.parse("2027-03-31T13:00:00Z");
        assertThat(rounds.whyNotAccepting(round, candidate, late)).isEmpty();
        assertThat(rounds.deadlineFor(round, candidate)).contains(Instant.parse("2027-04-02T11:00:00Z"));
        assertThat(rounds.whyNotAccepting(round, other, late)).isPresent();
        assertThat(rounds.extendedFor(candidate, late)).extracting(Round::id).containsExactly(round.id());
        assertThat(rounds.extendedFor(other, late)).isEmpty();
        assertThat(rounds.whyNotAccepting(round, candidate, Instant.parse("2027-04-02T11:00:00Z")))
                .hasValueSatisfying(why -> assertThat(why).startsWith("Your extension for Extended 2027 ended on 2 April 2027 at 12:00 (UK time, BST)"));
        assertThat(extensions.requestsOf(round.id(), candidate)).singleElement()
                .satisfies(r -> assertThat(r.answer()).isEqualTo("Illness, with a note"));
        List<String> actions = jdbc.sql("SELECT action FROM audit_entry WHERE object_type = 'round' AND object_id = ? ORDER BY occurred_at")
                .param(round.id().toString()).query(String.class).list();
        assertThat(actions).containsExactly("round.created", "extension.requested", "extension.granted");
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'extension.granted' AND object_id = ?")
                .param(round.id().toString()).query(String.class).single())
                .contains("Cat Candidate").contains("2 April 2027, 12:00 BST").contains("Illness, with a note");
    }

    @Test
    void aClosedRoundTakesNothingMoreEvenWithAnExtension() {
        Round round = rounds.create(admin, RoundKind.FIXED, fixed("Closed early", "2027-03-31", "12:00")).round();
        extensions.grant(admin, round.id(), candidate, LocalDate.parse("2027-04-02"), LocalTime.NOON, "Agreed");
        CLOCK.now = Instant.parse("2027-02-01T10:00:00Z");
        Round closed = rounds.close(admin, round.id());

        assertThat(rounds.whyNotAccepting(closed, candidate, Instant.parse("2027-02-01T10:00:01Z")))
                .hasValueSatisfying(why -> assertThat(why).contains("was closed on 1 February 2027 at 10:00 (UK time, GMT)"));
        assertThat(rounds.openRounds(CLOCK.now)).extracting(Round::id).doesNotContain(round.id());
        assertThatThrownBy(() -> rounds.change(admin, round.id(), closed.version(), fixed("Reopened", "2027-03-31", "12:00")))
                .isInstanceOf(Refused.class);
    }

    @Test
    void aChangeMadeAgainstAVersionSomeoneElseHasSavedOverChangesNothing() {
        Round loaded = rounds.create(admin, RoundKind.FIXED, fixed("Two tabs", "2027-03-31", "12:00")).round();
        UUID otherAdmin = people.createVerified("Bo Admin", unique("bo"), "administrator password", Role.ADMINISTRATOR).id();
        Round theirs = rounds.change(otherAdmin, loaded.id(), loaded.version(), fixed("Two tabs, moved", "2027-04-30", "12:00")).round();

        assertThatThrownBy(() -> rounds.change(admin, loaded.id(), loaded.version(), fixed("Two tabs, mine", "2027-05-31", "12:00")))
                .isInstanceOfSatisfying(RoundChangedMeanwhile.class, stale -> assertThat(stale.current()).isEqualTo(theirs));
        assertThatThrownBy(() -> rounds.change(admin, loaded.id(), null, fixed("Two tabs, no version", "2027-05-31", "12:00")))
                .isInstanceOf(RoundChangedMeanwhile.class);

        Round stored = rounds.get(loaded.id());
        assertThat(stored).isEqualTo(theirs);
        assertThat(stored.name()).isEqualTo("Two tabs, moved");
        assertThat(stored.closesAt()).isEqualTo(Instant.parse("2027-04-30T11:00:00Z"));
        assertThat(jdbc.sql("SELECT actor_id FROM audit_entry WHERE action = 'round.changed' AND object_id = ?")
                .param(loaded.id().toString()).query(UUID.class).list()).containsExactly(otherAdmin);

        // Against the version now stored (the person has seen it), the change is made and audited.
        Round mine = rounds.change(admin, loaded.id(), theirs.version(), fixed("Two tabs, mine", "2027-05-31", "12:00")).round();
        assertThat(mine.name()).isEqualTo("Two tabs, mine");
        assertThat(mine.version()).isGreaterThan(theirs.version());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'round.changed' AND object_id = ?")
                .param(loaded.id().toString()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void closingTakesNoVersionAndStillStopsALaterStaleChange() {
        Round loaded = rounds.create(admin, RoundKind.FIXED, fixed("Closed under a form", "2027-03-31", "12:00")).round();
        rounds.change(admin, loaded.id(), loaded.version(), fixed("Closed under a form, renamed", "2027-03-31", "12:00"));

        Round closed = rounds.close(admin, loaded.id());

        assertThat(closed.closed()).isTrue();
        assertThatThrownBy(() -> rounds.change(admin, loaded.id(), loaded.version(), fixed("Too late", "2027-03-31", "12:00")))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.problems().get("name"))
                        .contains("has been closed and can no longer be changed"));
        assertThat(rounds.get(loaded.id()).name()).isEqualTo("Closed under a form, renamed");
    }

    @Test
    void aRollingRoundIsOpenUntilClosedAndRegistrationsAskForTheFirstFixedDeadline() {
        Round rolling = rounds.create(admin, RoundKind.ROLLING, new RoundDetails("All year", LocalDate.parse("2027-01-01"),
                LocalTime.MIDNIGHT, null, null, null, null, null, 8, false)).round();
        Round fixed = rounds.create(admin, RoundKind.FIXED, fixed("First fixed", "2030-05-31", "12:00")).round();

        assertThat(rounds.whyNotAccepting(rolling, candidate, Instant.parse("2029-12-25T00:00:00Z"))).isEmpty();
        assertThat(rounds.openRounds(CLOCK.now)).extracting(Round::id).contains(rolling.id(), fixed.id());
        assertThat(fixedDeadlines.firstAtOrAfter(Instant.parse("2030-05-01T00:00:00Z"))).contains(Instant.parse("2030-05-31T11:00:00Z"));
        assertThat(fixedDeadlines.firstAtOrAfter(Instant.parse("2030-05-31T11:00:01Z"))).isEmpty();
    }
}
