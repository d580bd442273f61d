package org.waymark.registration.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The fee table: one amount per pathway and currency. */
@Component
class Fees {

    private final JdbcClient jdbc;

    Fees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Fee> all() {
        return jdbc.sql("SELECT pathway, currency, amount, changed_at FROM registration_fee ORDER BY amount, pathway, currency")
                .query((rs, n) -> new Fee(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    Optional<Fee> find(String pathway, String currency) {
        return all().stream().filter(f -> f.pathway().equals(pathway) && f.currency().equals(currency)).findFirst();
    }

    /** Sets the fee, adding the pathway's fee in a new currency if there was none. */
    void set(String pathway, String currency, BigDecimal amount, UUID by, Instant now) {
        int updated = jdbc.sql("UPDATE registration_fee SET amount = ?, changed_at = ?, changed_by = ? WHERE pathway = ? AND currency = ?")
                .params(amount, Timestamp.from(now), by, pathway, currency).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO registration_fee (pathway, currency, amount, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)")
                    .params(pathway, currency, amount, Timestamp.from(now), by).update();
        }
    }
}
