package org.waymark.submission.web;

import java.time.Period;

/** The decision target in words: "3 months", "91 days". */
final class DecisionTargets {

    private DecisionTargets() {
    }

    static String describe(Period period) {
        StringBuilder words = new StringBuilder();
        append(words, period.getYears(), "year");
        append(words, period.getMonths(), "month");
        append(words, period.getDays(), "day");
        return words.isEmpty() ? "0 days" : words.toString();
    }

    private static void append(StringBuilder words, int n, String unit) {
        if (n != 0) {
            words.append(words.isEmpty() ? "" : " and ").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }
}
