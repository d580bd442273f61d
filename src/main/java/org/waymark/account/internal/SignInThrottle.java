package org.waymark.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows repeated failed sign-ins, per email and per address, from rows in the database so every node
 * sees the same count. After {@code free-attempts} failures inside {@code window}, each further attempt must
 * wait a delay that doubles with every failure, up to {@code max-delay}. Never a permanent lock-out: the
 * rightful owner can always get in once the delay has passed, or at once by resetting the password.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int freeAttempts;
    private final Duration window;
    private final Duration maxDelay;

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${waymark.sign-in.free-attempts}") int freeAttempts,
                   @Value("${waymark.sign-in.window}") Duration window,
                   @Value("${waymark.sign-in.max-delay}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.window = window;
        this.maxDelay = maxDelay;
    }

    /** How long this email or address must still wait before another attempt; zero when it may try now. */
    public Duration waitFor(String email, String address) {
        return max(waitForColumn("email", Person.normaliseEmail(email)), waitForColumn("address", address));
    }

    private Duration waitForColumn(String column, String value) {
        Instant since = clock.instant().minus(window);
        var stats = jdbc.sql("SELECT COUNT(*), MAX(failed_at) FROM sign_in_failure WHERE " + column + " = ? AND failed_at > ?")
                .params(value, Timestamp.from(since))
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getTimestamp(2)}).single();
        int failures = (int) stats[0];
        if (failures < freeAttempts || stats[1] == null) {
            return Duration.ZERO;
        }
        long seconds = Math.min(maxDelay.toSeconds(), 1L << Math.min(20, failures - freeAttempts + 1));
        Instant allowedAt = ((Timestamp) stats[1]).toInstant().plusSeconds(seconds);
        Duration remaining = Duration.between(clock.instant(), allowedAt);
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    @Transactional
    public void recordFailure(String email, String address) {
        jdbc.sql("INSERT INTO sign_in_failure (id, email, address, failed_at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), Person.normaliseEmail(email), address, Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    public void recordSuccess(String email) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE email = ?").params(Person.normaliseEmail(email)).update();
    }

    /** Old rows are of no use to anyone; a scheduled job calls this. */
    @Transactional
    public int forgetBefore(Instant before) {
        return jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?").params(Timestamp.from(before)).update();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
