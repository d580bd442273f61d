package org.waymark.framework;

/** Advice on length, never a gate: real portfolios that passed with distinction run well past it. */
public record WordGuidance(int min, int max) {

    public static final WordGuidance NONE = new WordGuidance(0, 0);

    public boolean isSet() {
        return max > 0;
    }

    /** A warning for a text of this many words, or null when it is within the guidance. */
    public String adviceFor(int words) {
        if (!isSet() || words == 0) {
            return null;
        }
        if (words < min) {
            return "Shorter than the suggested " + min + "-" + max + " words";
        }
        if (words > max) {
            return "Longer than the suggested " + min + "-" + max + " words";
        }
        return null;
    }
}
