package org.waymark.registration.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.waymark.registration.FixedDeadlines;

/**
 * How long a paid registration lasts: two years from payment, or until the first fixed submission deadline at or
 * after those two years if there is one (whichever is later). Asked on every read, never stored, so a fixed-deadline
 * round set up after payment extends the registration. The submission module provides {@link FixedDeadlines}; until
 * it does, a registration lasts two years.
 */
@Component
public class Validity {

    static final int YEARS = 2;

    private final ObjectProvider<FixedDeadlines> deadlines;

    Validity(ObjectProvider<FixedDeadlines> deadlines) {
        this.deadlines = deadlines;
    }

    /** Null while unpaid. */
    public Instant expiresAt(Instant paidAt) {
        return paidAt == null ? null : expiresAt(paidAt, Optional.ofNullable(deadlines.getIfAvailable()));
    }

    static Instant expiresAt(Instant paidAt, Optional<FixedDeadlines> deadlines) {
        // Calendar years in UTC: paid on 29 February, valid until 28 February two years on.
        Instant twoYears = paidAt.atOffset(ZoneOffset.UTC).plusYears(YEARS).toInstant();
        Instant deadline = deadlines.flatMap(d -> d.firstAtOrAfter(twoYears)).orElse(twoYears);
        return deadline.isAfter(twoYears) ? deadline : twoYears;
    }
}
