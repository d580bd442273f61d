package org.waymark.portfolio.internal;

import org.waymark.framework.WordCount;

/** The words in each text field of a section, counted by the framework's one word-count rule. */
public record WordCounts(int description, int reflection, int evidence) {

    public static WordCounts of(SectionContent content) {
        return new WordCounts(WordCount.of(content.description()), WordCount.of(content.reflection()),
                WordCount.of(content.evidence()));
    }

    public int total() {
        return description + reflection + evidence;
    }
}
