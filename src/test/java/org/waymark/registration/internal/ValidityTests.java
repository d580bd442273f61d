package org.waymark.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.waymark.registration.FixedDeadlines;

/** How long a paid registration lasts: two years, or until the first fixed deadline after two years if later. */
class ValidityTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T10:15:00Z"), ZoneOffset.UTC);

    static FixedDeadlines closing(String... instants) {
        List<Instant> deadlines = java.util.Arrays.stream(instants).map(Instant::parse).sorted().toList();
        return at -> deadlines.stream().filter(d -> !d.isBefore(at)).findFirst();
    }

    @Test
    void withoutFixedDeadlinesARegistrationLastsTwoYearsFromPayment() {
        assertThat(Validity.expiresAt(CLOCK.instant(), Optional.empty())).isEqualTo(Instant.parse("2028-11-30T10:15:00Z"));
        assertThat(Validity.expiresAt(CLOCK.instant(), Optional.of(closing()))).isEqualTo(Instant.parse("2028-11-30T10:15:00Z"));
    }

    @Test
    void theFirstFixedDeadlineAfterTwoYearsExtendsIt() {
        FixedDeadlines rounds = closing("2027-05-31T11:00:00Z", "2028-11-30T10:14:59Z", "2029-01-31T12:00:00Z", "2029-05-31T11:00:00Z");
        assertThat(Validity.expiresAt(CLOCK.instant(), Optional.of(rounds))).isEqualTo(Instant.parse("2029-01-31T12:00:00Z"));
    }

    @Test
    void aDeadlineExactlyTwoYearsOnIsTheExpiry() {
        assertThat(Validity.expiresAt(CLOCK.instant(), Optional.of(closing("2028-11-30T10:15:00Z", "2029-01-31T12:00:00Z"))))
                .isEqualTo(Instant.parse("2028-11-30T10:15:00Z"));
    }

    @Test
    void deadlinesBeforeTheTwoYearsNeverShortenIt() {
        assertThat(Validity.expiresAt(CLOCK.instant(), Optional.of(closing("2027-05-31T11:00:00Z", "2028-05-31T11:00:00Z"))))
                .isEqualTo(Instant.parse("2028-11-30T10:15:00Z"));
    }

    @Test
    void paidOnTheTwentyNinthOfFebruaryLastsUntilTheTwentyEighthTwoYearsOn() {
        assertThat(Validity.expiresAt(Instant.parse("2028-02-29T09:00:00Z"), Optional.empty()))
                .isEqualTo(Instant.parse("2030-02-28T09:00:00Z"));
    }
}
