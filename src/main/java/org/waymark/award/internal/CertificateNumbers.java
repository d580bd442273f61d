package org.waymark.award.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificate numbers such as {@code CMALT-2026-00042}: sequential within the year (UK time) of the award, without
 * gaps, under any concurrency. The caller's transaction, the one that records the award, holds the year's row
 * locked until it commits, so a second award waits for the first and takes the next number; if the award rolls back,
 * so does its number. The cost is that awards in one year are recorded one at a time, which at a few thousand a year
 * is nothing.
 */
@Component
public class CertificateNumbers {

    static final String PREFIX = "CMALT";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    CertificateNumbers(JdbcClient jdbc, Clock clock, ZoneId displayZone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = displayZone;
    }

    /** The next number for an award made now; only inside the transaction that records the award. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next() {
        return next(clock.instant().atZone(zone).getYear());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(int year) {
        jdbc.sql("INSERT INTO certificate_sequence (award_year, last_number) VALUES (?, 0) ON CONFLICT DO NOTHING")
                .param(year).update();
        int last = jdbc.sql("SELECT last_number FROM certificate_sequence WHERE award_year = ? FOR UPDATE")
                .param(year).query(Integer.class).single();
        jdbc.sql("UPDATE certificate_sequence SET last_number = ? WHERE award_year = ?").params(last + 1, year).update();
        return format(year, last + 1);
    }

    static String format(int year, int number) {
        return "%s-%d-%05d".formatted(PREFIX, year, number);
    }
}
