package org.waymark.framework;

import java.util.List;

/**
 * One section of a pathway. For specialist and advanced areas it is a template: the portfolio holds
 * between {@code min} and {@code max} instances, labelled 5a, 5b... or 6a, 6b...
 */
public record SectionDefinition(String key, String label, SectionKind kind, String title, List<String> guidance,
                                WordGuidance words, int min, int max) {

    public boolean repeatable() {
        return kind.hasOwnTitle();
    }

    /** The label of the n-th instance (0-based): "5a", "5b", ... for repeatable areas; the label otherwise. */
    public String labelFor(int index) {
        return repeatable() ? label + (char) ('a' + index) : label;
    }
}
