package org.waymark.registration.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Human-friendly, random registration references such as {@code REG-2026-7K3MQ9}: no 0/O, 1/I/L or U, so a reference
 * read out over the phone or copied onto a purchase order is not misread. 30^6 (about 729 million) per year.
 */
final class ReferenceNumbers {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceNumbers() {
    }

    static String next(Instant now) {
        StringBuilder s = new StringBuilder("REG-").append(now.atOffset(ZoneOffset.UTC).getYear()).append('-');
        for (int i = 0; i < 6; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
