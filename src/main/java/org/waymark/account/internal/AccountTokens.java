package org.waymark.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links sent by email. The link carries 32 random bytes; the database keeps only their SHA-256
 * hash, so a copy of the table cannot be used to sign in as anyone.
 */
@Component
public class AccountTokens {

    public enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(24)), RESET_PASSWORD(Duration.ofHours(1)), CHANGE_EMAIL(Duration.ofHours(24));

        final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }
    }

    /** Why a link cannot be used, or {@code USABLE}. */
    public enum Status { USABLE, UNKNOWN, EXPIRED, USED }

    public record Token(String hash, UUID personId, Purpose purpose, String newEmail, Instant expiresAt, Instant usedAt) {
    }

    public record Check(Status status, Token token) {
        public boolean usable() {
            return status == Status.USABLE;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a new token and returns the raw value to put in the link (never stored). */
    String issue(UUID personId, Purpose purpose, String newEmail) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO account_token (token_hash, person_id, purpose, new_email, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(hash(raw), personId, purpose.name(), newEmail, Timestamp.from(clock.instant().plus(purpose.validity)))
                .update();
        return raw;
    }

    /** Looks a link up without using it, for any of the given purposes. */
    public Check check(String raw, Purpose... purposes) {
        Optional<Token> found = raw == null || raw.isBlank() ? Optional.empty() : jdbc.sql(
                        "SELECT token_hash, person_id, purpose, new_email, expires_at, used_at FROM account_token WHERE token_hash = ?")
                .param(hash(raw))
                .query((rs, n) -> new Token(rs.getString(1), rs.getObject(2, UUID.class), Purpose.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional()
                .filter(t -> java.util.Arrays.asList(purposes).contains(t.purpose()));
        if (found.isEmpty()) {
            return new Check(Status.UNKNOWN, null);
        }
        Token token = found.get();
        if (token.usedAt() != null) {
            return new Check(Status.USED, token);
        }
        if (!clock.instant().isBefore(token.expiresAt())) {
            return new Check(Status.EXPIRED, token);
        }
        return new Check(Status.USABLE, token);
    }

    /** Marks the token used; false if another request used it first. */
    boolean use(Token token) {
        return jdbc.sql("UPDATE account_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), token.hash())
                .update() == 1;
    }

    /** Earlier unused links of this kind stop working when a new one is sent or one is used. */
    void retireAll(UUID personId, Purpose purpose) {
        jdbc.sql("UPDATE account_token SET used_at = ? WHERE person_id = ? AND purpose = ? AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), personId, purpose.name())
                .update();
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
