package org.waymark.portfolio.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlSanitizer;

/**
 * Reads one stored text part (sanitised HTML, {@link RichText}) for the text rules of {@link AccessibilityAdvice}:
 * headings out of order, links whose words say nothing, long passages in italics or in capitals. Pure: HTML in,
 * findings out, in the order they occur.
 */
final class AccessibilityAdviceText {

    /** Longest run of italic words that is not flagged (a quotation of two or three lines is fine). */
    static final int ITALIC_RUN_WORDS = 30;
    /** A part with more than this share of its words in italics is flagged, once it has {@link #ITALIC_SHARE_MIN_WORDS}. */
    static final double ITALIC_SHARE = 0.5;
    /** Below this many italic words the share rule does not apply (a short part with one italic title is fine). */
    static final int ITALIC_SHARE_MIN_WORDS = 20;
    /** Longest run of words in capitals that is not flagged; a lone acronym ("VLE", "CMALT") never reaches it. */
    static final int CAPITALS_RUN_WORDS = 5;
    /** How many words a quote shows before "…". */
    static final int QUOTE_WORDS = 12;

    /** Link words that say nothing about where the link goes, compared lower-case without surrounding punctuation. */
    static final Set<String> VAGUE_LINK_TEXT = Set.of("click here", "click", "here", "click this link", "this link",
            "link", "link here", "this", "read more", "more", "more info", "more information", "learn more",
            "find out more", "see more", "see here", "go here", "this page", "page", "this website", "website",
            "details", "read this", "this one");

    private static final Set<String> BREAKS = Set.of("p", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "div", "td", "th", "tr", "table", "thead", "tbody", "tfoot", "caption", "blockquote", "pre", "hr");
    private static final Set<String> ITALIC = Set.of("em", "i");
    private static final Pattern HEADING = Pattern.compile("h[1-6]");
    private static final Pattern URL_TEXT = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    /** Something like "example.org/report.pdf": a host with a path, no spaces. */
    private static final Pattern HOST_AND_PATH = Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+/\\S*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\p{Pi}\\p{Pf}\\p{So}\\s]+|[\\p{Punct}\\p{Pi}\\p{Pf}\\p{So}\\s]+$");

    enum Rule {
        HEADING_ORDER, LINK_TEXT, ITALICS, CAPITALS
    }

    /** One thing to look at: the rule, a short quote of the text, and what to do about it. */
    record Problem(Rule rule, String quote, String advice) {
    }

    private record Word(String text, boolean italic) {
    }

    private AccessibilityAdviceText() {
    }

    static List<Problem> check(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Reader reader = new Reader();
        HtmlSanitizer.sanitize(html, reader);
        reader.flushWord();
        List<Problem> problems = new ArrayList<>(reader.problems);
        problems.addAll(italics(reader.words));
        problems.addAll(capitals(reader.words));
        return problems;
    }

    /** Walks the HTML once: headings and links are judged as they close; words are kept with their italics. */
    private static final class Reader implements HtmlSanitizer.Policy {
        final List<Problem> problems = new ArrayList<>();
        final List<Word> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private boolean wordItalic;
        private int italicDepth;
        private int previousLevel; // shown level of the last heading; 0 before the first
        private StringBuilder headingText;
        private StringBuilder linkText;
        private String linkHref;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            if (BREAKS.contains(name)) {
                flushWord();
            }
            if (ITALIC.contains(name)) {
                italicDepth++;
            } else if (HEADING.matcher(name).matches()) {
                headingText = new StringBuilder();
            } else if (name.equals("a")) {
                linkText = new StringBuilder();
                linkHref = attribute(attrs, "href");
            }
            if (name.equals("br") && linkText != null) {
                linkText.append(' ');
            }
        }

        @Override
        public void closeTag(String name) {
            if (BREAKS.contains(name)) {
                flushWord();
            }
            if (ITALIC.contains(name)) {
                italicDepth = Math.max(0, italicDepth - 1);
            } else if (HEADING.matcher(name).matches() && headingText != null) {
                heading(RichText.shownLevel(name.charAt(1) - '0'), headingText.toString());
                headingText = null;
            } else if (name.equals("a") && linkText != null) {
                link(linkText.toString(), linkHref);
                linkText = null;
                linkHref = null;
            }
        }

        @Override
        public void text(String text) {
            if (headingText != null) {
                headingText.append(text);
            }
            if (linkText != null) {
                linkText.append(text);
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    flushWord();
                } else {
                    if (word.isEmpty()) {
                        wordItalic = italicDepth > 0;
                    }
                    word.append(c);
                }
            }
        }

        void flushWord() {
            if (word.chars().anyMatch(Character::isLetterOrDigit)) {
                words.add(new Word(word.toString(), wordItalic));
            }
            word.setLength(0);
        }

        /**
         * The candidate's headings sit below the part's own heading (shown h3), so the first should be shown as h4
         * (the editor's Heading button), and each one at most one level below the heading before it.
         */
        private void heading(int level, String text) {
            int expectedAtMost = previousLevel == 0 ? 4 : previousLevel + 1;
            if (level > expectedAtMost) {
                String advice = previousLevel == 0
                        ? "This part's first heading is a level " + (level - 3) + " heading, so a screen reader user "
                                + "moving by headings will think one is missing. Make it a top-level heading: select "
                                + "it and use the Heading button to turn it off and on again."
                        : "This level " + (level - 3) + " heading follows a level " + (previousLevel - 3) + " heading, "
                                + "skipping a level. Make it a top-level heading (select it and use the Heading button "
                                + "to turn it off and on again), or add the heading that is missing above it.";
                problems.add(new Problem(Rule.HEADING_ORDER, quote(text), advice));
            }
            previousLevel = level;
        }

        private void link(String text, String href) {
            String words = text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
            String bare = EDGE_PUNCTUATION.matcher(words.toLowerCase(Locale.ROOT)).replaceAll("");
            String where = href == null ? "" : " (" + href + ")";
            if (bare.isEmpty()) {
                problems.add(new Problem(Rule.LINK_TEXT, "a link with no words" + where,
                        "Give the link words that say where it goes, such as the title of the page or document."));
            } else if (VAGUE_LINK_TEXT.contains(bare)) {
                problems.add(new Problem(Rule.LINK_TEXT, quote(words) + where,
                        "Screen reader users often hear links on their own, out of their sentence. Change the link's "
                                + "words to say where it goes, such as the title of the page or document."));
            } else if (isAddress(words, href)) {
                problems.add(new Problem(Rule.LINK_TEXT, quote(words),
                        "A bare web address is read out letter by letter and says little about what is there. Use "
                                + "the title of the page or document as the link's words instead."));
            }
        }
    }

    /** A web address as the link's words; an email address is fine (it says where the link goes). */
    static boolean isAddress(String text, String href) {
        if (URL_TEXT.matcher(text).matches() || HOST_AND_PATH.matcher(text).matches()) {
            return true;
        }
        if (href == null || href.regionMatches(true, 0, "mailto:", 0, 7)) {
            return false;
        }
        return withoutScheme(href).equalsIgnoreCase(withoutScheme(text));
    }

    private static String withoutScheme(String address) {
        return address.strip().replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "").replaceFirst("/$", "");
    }

    /** Runs of more than {@link #ITALIC_RUN_WORDS} italic words; else more than half the part, if long enough. */
    static List<Problem> italics(List<Word> words) {
        List<Problem> problems = new ArrayList<>();
        int italicWords = 0;
        int runStart = -1;
        for (int i = 0; i <= words.size(); i++) {
            boolean italic = i < words.size() && words.get(i).italic();
            if (italic) {
                italicWords++;
                if (runStart < 0) {
                    runStart = i;
                }
            } else if (runStart >= 0) {
                int length = i - runStart;
                if (length > ITALIC_RUN_WORDS) {
                    problems.add(new Problem(Rule.ITALICS, quote(words.subList(runStart, i)),
                            length + " words in a row are in italics. Italic text is harder to read, particularly "
                                    + "for dyslexic readers. Keep italics for short titles or phrases; for a long "
                                    + "quotation, use ordinary text in quotation marks or an indented quote."));
                }
                runStart = -1;
            }
        }
        if (problems.isEmpty() && italicWords >= ITALIC_SHARE_MIN_WORDS && italicWords > ITALIC_SHARE * words.size()) {
            List<Word> italic = words.stream().filter(Word::italic).toList();
            problems.add(new Problem(Rule.ITALICS, quote(italic),
                    italicWords + " of this part's " + words.size() + " words are in italics. Italic text is harder "
                            + "to read, particularly for dyslexic readers. Keep italics for short titles or phrases."));
        }
        return problems;
    }

    /**
     * Runs of more than {@link #CAPITALS_RUN_WORDS} words written in capitals (two or more letters, none lower-case).
     * A single capital letter ("I", "A") or a number neither counts nor breaks a run; any word with a lower-case
     * letter ends it.
     */
    static List<Problem> capitals(List<Word> words) {
        List<Problem> problems = new ArrayList<>();
        int runStart = -1;
        int capitalWords = 0;
        int runEnd = -1;
        for (int i = 0; i <= words.size(); i++) {
            Caps caps = i < words.size() ? caps(words.get(i).text()) : Caps.LOWER;
            if (caps == Caps.UPPER) {
                if (runStart < 0) {
                    runStart = i;
                    capitalWords = 0;
                }
                capitalWords++;
                runEnd = i + 1;
            } else if (caps == Caps.LOWER && runStart >= 0) {
                if (capitalWords > CAPITALS_RUN_WORDS) {
                    problems.add(new Problem(Rule.CAPITALS, quote(words.subList(runStart, runEnd)),
                            capitalWords + " words in a row are in capitals. Text in capitals is harder to read "
                                    + "and some screen readers spell it out letter by letter. Use ordinary "
                                    + "capitalisation, and bold or a heading if you want it to stand out."));
                }
                runStart = -1;
            }
        }
        return problems;
    }

    private enum Caps {
        UPPER, LOWER, NEUTRAL
    }

    private static Caps caps(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return Caps.LOWER;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 ? Caps.UPPER : Caps.NEUTRAL;
    }

    private static String attribute(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equalsIgnoreCase(name)) {
                return attrs.get(i + 1);
            }
        }
        return null;
    }

    private static String quote(List<Word> words) {
        return quote(String.join(" ", words.stream().map(Word::text).toList()));
    }

    /** The first {@link #QUOTE_WORDS} words, then "…". */
    static String quote(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= QUOTE_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", List.of(words).subList(0, QUOTE_WORDS)) + " …";
    }
}
