package org.waymark.registration.internal;

import java.math.BigDecimal;
import java.time.Instant;

import org.waymark.registration.FeeText;

/** What registering on a pathway costs in one currency. */
public record Fee(String pathway, String currency, BigDecimal amount, Instant changedAt) {

    public String display() {
        return display(amount, currency);
    }

    public static String display(BigDecimal amount, String currency) {
        return FeeText.of(amount, currency);
    }
}
