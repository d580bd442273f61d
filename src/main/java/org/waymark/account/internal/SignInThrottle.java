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
 * Slows password guessing (at sign-in, and the current-password check on the account page) from rows in the
 * database, so every node sees the same counts.
 * <p>
 * One rule: only an account-and-address pair that has itself failed is ever made to wait, so the right password
 * from an address that has not failed for that account is always checked, and a person behind the same network
 * address as an attacker (a university's NAT) is not locked out by them. A pair that has failed waits before its next
 * attempt is checked; the wait doubles with every failure beyond a free allowance, up to {@code max-delay}, and
 * counts from the pair's last failure. Three counts inside {@code window} can call for a wait, and the longest wins:
 * the pair's own failures (beyond {@code free-attempts}), the account's failures from every address (beyond
 * {@code account-free-attempts}: each attacking address then gets one guess before it waits) and the address's
 * failures across all accounts (beyond {@code address-free-attempts}, far above one person's use).
 * Never a permanent lock-out: the wait passes, and resetting the password clears the account's count.
 */
@Component
public class SignInThrottle {

    /** Thrown instead of checking a password while the pair must still wait. */
    public static class TooManyAttemptsException extends RuntimeException {
        private final Duration wait;

        TooManyAttemptsException(Duration wait) {
            super("Too many failed attempts: wait " + describe(wait));
            this.wait = wait;
        }

        public Duration getWait() {
            return wait;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int freeAttempts;
    private final int accountFreeAttempts;
    private final int addressFreeAttempts;
    private final Duration window;
    private final Duration maxDelay;

    SignInThrottle(JdbcClient jdbc, Clock clock,
                   @Value("${waymark.sign-in.free-attempts}") int freeAttempts,
                   @Value("${waymark.sign-in.account-free-attempts}") int accountFreeAttempts,
                   @Value("${waymark.sign-in.address-free-attempts}") int addressFreeAttempts,
                   @Value("${waymark.sign-in.window}") Duration window,
                   @Value("${waymark.sign-in.max-delay}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.accountFreeAttempts = accountFreeAttempts;
        this.addressFreeAttempts = addressFreeAttempts;
        this.window = window;
        this.maxDelay = maxDelay;
    }

    /** How long this email must still wait before another attempt from this address; zero when it may try now. */
    public Duration waitFor(String email, String address) {
        String account = Person.normaliseEmail(email);
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        Timestamp lastPairFailure = jdbc.sql("SELECT MAX(failed_at) FROM sign_in_failure WHERE email = ? AND address = ? AND failed_at > ?")
                .params(account, address, since).query(Timestamp.class).optional().orElse(null);
        if (lastPairFailure == null) {
            return Duration.ZERO;
        }
        int beyond = Math.max(count("email = ? AND address = ?", since, account, address) - freeAttempts,
                Math.max(count("email = ?", since, account) - accountFreeAttempts,
                        count("address = ?", since, address) - addressFreeAttempts));
        if (beyond < 0) {
            return Duration.ZERO;
        }
        long seconds = Math.min(maxDelay.toSeconds(), 1L << Math.min(20, beyond + 1));
        Duration remaining = Duration.between(clock.instant(), lastPairFailure.toInstant().plusSeconds(seconds));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    /** Throws {@link TooManyAttemptsException} while this email must wait before another attempt from this address. */
    public void checkAllowed(String email, String address) {
        Duration wait = waitFor(email, address);
        if (!wait.isZero()) {
            throw new TooManyAttemptsException(wait);
        }
    }

    private int count(String condition, Timestamp since, Object... values) {
        Object[] params = new Object[values.length + 1];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = since;
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE " + condition + " AND failed_at > ?")
                .params(params).query(Integer.class).single();
    }

    @Transactional
    public void recordFailure(String email, String address) {
        jdbc.sql("INSERT INTO sign_in_failure (id, email, address, failed_at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), Person.normaliseEmail(email), address,
                        // whole milliseconds: PostgreSQL rounds to microseconds, which could make a wait read a second longer
                        Timestamp.from(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)))
                .update();
    }

    /**
     * The right password from this address: forgets this pair's failures only, so the owner signing in does not hand
     * an attacker elsewhere a fresh allowance.
     */
    @Transactional
    public void recordSuccess(String email, String address) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE email = ? AND address = ?")
                .params(Person.normaliseEmail(email), address).update();
    }

    /** The owner has proved they hold the email (a password reset): forgets the account's failures everywhere. */
    @Transactional
    public void recordSuccess(String email) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE email = ?").params(Person.normaliseEmail(email)).update();
    }

    /** Old rows are of no use to anyone; a scheduled job calls this. */
    @Transactional
    public int forgetBefore(Instant before) {
        return jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?").params(Timestamp.from(before)).update();
    }

    /** "40 seconds" or, from two minutes on, "3 minutes" (rounded up, so nobody tries again too soon). */
    public static String describe(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return ((seconds + 59) / 60) + " minutes";
    }
}
