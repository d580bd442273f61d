package org.waymark.portfolio;

import java.util.Arrays;

/**
 * What js/editor.js sends for an autosave of a long text it knows the blocks of (spliceOf there): which of the saved
 * text's blocks the change replaces, as the splice field's value, and the new blocks, as the text field's value.
 */
public record EditorSplice(String field, String with) {

    /** The splice turning {@code base} (cut into blocks of {@code lengths}, as the save's answer said) into {@code text}. */
    public static EditorSplice of(String base, int[] lengths, String text) {
        int shorter = Math.min(base.length(), text.length());
        int same = 0;
        while (same < shorter && base.charAt(same) == text.charAt(same)) {
            same++;
        }
        int tail = 0;
        while (tail < shorter - same && base.charAt(base.length() - 1 - tail) == text.charAt(text.length() - 1 - tail)) {
            tail++;
        }
        int[] ends = new int[lengths.length];
        for (int i = 0, end = 0; i < lengths.length; i++) {
            end += lengths[i];
            ends[i] = end;
        }
        int from = 0;
        while (from < ends.length && ends[from] <= same) {
            from++;
        }
        int to = from;
        while (to < ends.length && start(ends, to) < base.length() - tail) {
            to++;
        }
        String with = text.substring(start(ends, from), text.length() - (base.length() - start(ends, to)));
        return new EditorSplice(from + "," + to + "," + ends.length, with);
    }

    /** The lengths in a save answer's cuts header for one text ("description:120,88;reflection:40"), or null. */
    public static int[] lengths(String header, String part) {
        if (header == null) {
            return null;
        }
        for (String entry : header.split(";")) {
            if (entry.startsWith(part + ":")) {
                return Arrays.stream(entry.substring(part.length() + 1).split(",")).mapToInt(Integer::parseInt).toArray();
            }
        }
        return null;
    }

    private static int start(int[] ends, int block) {
        return block == 0 ? 0 : ends[block - 1];
    }
}
