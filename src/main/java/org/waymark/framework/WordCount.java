package org.waymark.framework;

import java.util.regex.Pattern;

/**
 * The one word-count rule: whitespace-separated words after markup is removed. The editor's live count
 * (static/js/editor.js, countWords) applies the same rule; a browser test checks they agree.
 */
public final class WordCount {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(nbsp|#160);");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+");

    private WordCount() {
    }

    public static int of(String html) {
        if (html == null || html.isBlank()) {
            return 0;
        }
        String text = ENTITY.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ").strip();
        return text.isEmpty() ? 0 : SPACE.split(text).length;
    }
}
