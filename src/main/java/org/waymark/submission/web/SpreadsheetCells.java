package org.waymark.submission.web;

import java.util.Arrays;

/**
 * Cells a spreadsheet would run as a formula are made text: a value starting with {@code = + - @}, a tab or a
 * carriage return gets a single quote in front (OWASP's advice on CSV injection). A candidate's name is theirs to
 * write, and the file is opened by administrators.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }

    static Object[] neutralise(String... values) {
        return Arrays.stream(values).map(SpreadsheetCells::neutralise).toArray();
    }
}
