package org.waymark.framework;

import java.util.Locale;
import java.util.Set;

/**
 * The one word-count rule: whitespace-separated words after markup is removed (block tags and line
 * breaks count as a space, inline tags such as links and emphasis as nothing). The editor's live count
 * (static/js/editor.js, countWords) applies the same rule; a browser test checks they agree.
 * <p>
 * Every autosave counts its text, so the rule is applied in three linear passes rather than by regular
 * expressions; each pass does exactly what the expression in its comment would (a test holds the two to it).
 */
public final class WordCount {

    /** Tags that separate words (blocks and line breaks); any other tag is removed without a gap. */
    private static final Set<String> BREAKING = Set.of("p", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "div", "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "hr");

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
            char c = html.charAt(i);
            if (c == '<' && i < lastClose) {
                int nameStart = i + 1 < n && html.charAt(i + 1) == '/' ? i + 2 : i + 1;
                int nameEnd = nameStart;
                while (nameEnd < n && isWordChar(html.charAt(nameEnd))) {
                    nameEnd++;
                }
                if (nameEnd > nameStart && nameEnd - nameStart <= 10
                        && BREAKING.contains(html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT))) {
                    int close = html.indexOf('>', nameEnd);
                    if (close >= 0) {
                        out.append(' ');
                        i = close + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** {@code <[^>]*>} removed. */
    static String withoutTags(String text) {
        int lastClose = text.lastIndexOf('>');
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<' && i < lastClose) {
                i = text.indexOf('>', i + 1) + 1;
                continue;
            }
            out.append(c);
            i++;
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
