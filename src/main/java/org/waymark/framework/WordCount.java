package org.waymark.framework;

import java.util.regex.Pattern;

/**
 * The one word-count rule: whitespace-separated words after markup is removed (block tags and line
 * breaks count as a space, inline tags such as links and emphasis as nothing). The editor's live count
 * (static/js/editor.js, countWords) applies the same rule; a browser test checks they agree.
 */
public final class WordCount {

    /** Tags that separate words (blocks and line breaks); any other tag is removed without a gap. */
    private static final Pattern BREAKING_TAG = Pattern.compile(
            "<(/?(p|br|li|ul|ol|h[1-6]|div|td|th|tr|table|thead|tbody|tfoot|caption|blockquote|pre|hr))\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(nbsp|#160);");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");

    private WordCount() {
    }

    public static int of(String html) {
        if (html == null || html.isBlank()) {
            return 0;
        }
        String spaced = BREAKING_TAG.matcher(html).replaceAll(" ");
        // Spaces (no-break ones too) are made plain before trimming: strip() does not remove U+00A0.
        String text = SPACE.matcher(ENTITY.matcher(TAG.matcher(spaced).replaceAll("")).replaceAll(" ")).replaceAll(" ").strip();
        return text.isEmpty() ? 0 : text.split(" ").length;
    }
}
