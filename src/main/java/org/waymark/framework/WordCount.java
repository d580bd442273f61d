package org.waymark.framework;

import java.util.Set;

/**
 * The one word-count rule: whitespace-separated words after markup is removed (block tags and line
 * breaks count as a space, inline tags such as links and emphasis as nothing). The editor's live count
 * (static/js/editor.js, countWords) applies the same rule; a browser test checks they agree.
 * <p>
 * Every autosave counts its text, so the rule is applied in three linear passes rather than by regular
 * expressions; each pass does exactly what the expression in its comment would (a test holds the two to it). The
 * passes copy the text between tags in bulk and match tag names in place: copying one character at a time and
 * lower-casing every tag's name made counting a fifth of an autosave's CPU.
 */
public final class WordCount {

    /** Tags that separate words (blocks and line breaks); any other tag is removed without a gap. */
    private static final Set<String> BREAKING = Set.of("p", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "div", "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "hr");
    /** The same tags by the length of their names, for matching in place. */
    private static final String[][] BREAKING_BY_LENGTH = new String[11][];

    static {
        for (int length = 0; length < BREAKING_BY_LENGTH.length; length++) {
            int l = length;
            BREAKING_BY_LENGTH[length] = BREAKING.stream().filter(tag -> tag.length() == l).toArray(String[]::new);
        }
    }

    private WordCount() {
    }

    public static int of(String html) {
        if (html == null || html.isBlank()) {
            return 0;
        }
        return words(withoutTags(withBreaksSpaced(html)));
    }

    /** {@code <(/?(p|br|li|...))\b[^>]*>} (case-insensitive) replaced by a space. */
    static String withBreaksSpaced(String html) {
        int lastClose = html.lastIndexOf('>');
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            int open = html.indexOf('<', i);
            if (open < 0 || open >= lastClose) { // no tag can start after the last '>'
                out.append(html, i, n);
                break;
            }
            out.append(html, i, open); // the text up to the tag, in one copy
            int nameStart = open + 1 < n && html.charAt(open + 1) == '/' ? open + 2 : open + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && isWordChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (isBreaking(html, nameStart, nameEnd)) {
                int close = html.indexOf('>', nameEnd);
                if (close >= 0) {
                    out.append(' ');
                    i = close + 1;
                    continue;
                }
            }
            out.append('<');
            i = open + 1;
        }
        return out.toString();
    }

    /** Whether {@code html[start, end)} names a breaking tag, in any case (no substring, no lower-casing). */
    private static boolean isBreaking(String html, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 10) {
            return false;
        }
        for (String tag : BREAKING_BY_LENGTH[length]) {
            if (html.regionMatches(true, start, tag, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** {@code <[^>]*>} removed. */
    static String withoutTags(String text) {
        int lastClose = text.lastIndexOf('>');
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int open = text.indexOf('<', i);
            if (open < 0 || open >= lastClose) {
                out.append(text, i, n);
                break;
            }
            out.append(text, i, open);
            i = text.indexOf('>', open + 1) + 1;
        }
        return out.toString();
    }

    /**
     * {@code &(nbsp|#160);} made a space, {@code [\s\u00a0]+} made one space, then {@link String#strip()} and the
     * words between single spaces counted.
     */
    static int words(String text) {
        int n = text.length();
        int words = 0;
        int firstCounted = -1; // index of the first word that strip() would keep (it has a non-whitespace character)
        int lastCounted = -1;
        int i = 0;
        while (i < n) {
            int separator = separatorLength(text, i);
            if (separator > 0) {
                i += separator;
                continue;
            }
            boolean strippable = true; // the whole word is whitespace that strip() removes at either end
            while (i < n && separatorLength(text, i) == 0) {
                strippable &= Character.isWhitespace(text.charAt(i));
                i++;
            }
            if (!strippable) {
                if (firstCounted < 0) {
                    firstCounted = words;
                }
                lastCounted = words;
            }
            words++;
        }
        return firstCounted < 0 ? 0 : lastCounted - firstCounted + 1;
    }

    /** How many characters at {@code i} make a word separator: whitespace, a no-break space, or its entity. */
    private static int separatorLength(String text, int i) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00a0') {
            return 1;
        }
        if (c == '&' && (text.startsWith("&nbsp;", i) || text.startsWith("&#160;", i))) {
            return 6;
        }
        return 0;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
