package org.waymark.award.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a register entry is found by, and the words of a search, made alike: lower-cased, split at anything
 * that is not a letter or a digit. "E-learning" and "e learning" both give {@code e} and {@code learning}.
 */
public final class RegisterTerms {

    /** A term is stored in a column of this width; longer words are cut, at both ends of a match alike. */
    static final int TERM_LENGTH = 80;
    /** The words of one search field taken; a longer query would only narrow further. */
    public static final int MAX_SEARCH_WORDS = 6;

    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

    private RegisterTerms() {
    }

    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        for (String word : SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                terms.add(word.length() > TERM_LENGTH ? word.substring(0, TERM_LENGTH) : word);
            }
        }
        return terms;
    }

    public static Set<String> of(List<String> texts) {
        Set<String> terms = new LinkedHashSet<>();
        texts.forEach(text -> terms.addAll(of(text)));
        return terms;
    }

    /** A search field's words, at most {@link #MAX_SEARCH_WORDS}. */
    public static List<String> search(String text) {
        return of(text).stream().limit(MAX_SEARCH_WORDS).toList();
    }
}
