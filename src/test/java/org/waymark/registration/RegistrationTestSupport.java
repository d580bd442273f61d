package org.waymark.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the tests set, and fixed deadlines the tests add (standing in for the submission module's rounds). Shared
 * by the registration tests so that they share one application context.
 */
@TestConfiguration
public class RegistrationTestSupport {

    public static final SettableClock CLOCK = new SettableClock();
    public static final Deadlines DEADLINES = new Deadlines();

    @Bean
    @Primary
    Clock registrationTestClock() {
        return CLOCK;
    }

    @Bean
    @Primary
    FixedDeadlines registrationTestDeadlines() {
        return DEADLINES;
    }

    public static final class SettableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-30T10:00:00Z");

        public void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    public static final class Deadlines implements FixedDeadlines {
        private final List<Instant> closing = new CopyOnWriteArrayList<>();

        public void clear() {
            closing.clear();
        }

        public void add(Instant closesAt) {
            closing.add(closesAt);
        }

        @Override
        public Optional<Instant> firstAtOrAfter(Instant instant) {
            return closing.stream().filter(c -> !c.isBefore(instant)).sorted().findFirst();
        }
    }
}
