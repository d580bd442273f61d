package org.waymark.portfolio.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.waymark.framework.WordCount;

/**
 * Sanitises and counts a text as {@link RichText#sanitise} and {@link WordCount#of} would, one top-level block at a
 * time, remembering each block's result. An autosave sends the whole of a long description although the writer
 * changed one paragraph of it; every other paragraph arrives exactly as it did two seconds before, so its
 * sanitised HTML, what the sanitiser took out of it and its word count are looked up rather than worked out again
 * (the sanitiser was the largest piece of an autosave's CPU; ADR 0016).
 * <p>
 * The results are the same as the whole text's, by construction and by test ({@code BlockwiseSanitiserTests}
 * compares the two on every kind of text the editor and pastes produce, and on random ones): the text is cut only
 * between complete top-level blocks (paragraphs, headings, lists, tables, quotes, pre, rules) whose tags all balance,
 * where the sanitiser carries nothing from one block to the next; each block still goes through the whole sanitiser,
 * so nothing reaches the database unsanitised whatever the cutting does. Anything the cutter is not sure of (a tag it
 * does not know, a comment, text outside a block, tags that do not balance, a Word list) goes through the sanitiser
 * whole, as before.
 * <p>
 * The remembered blocks are a cache of a pure function of the text: a node that has not seen a block works it out,
 * so any number of nodes give the same answers. The cache is bounded by the characters it holds (about 40 KB per
 * candidate writing a 2,000-word description: 16 M characters hold some 400 such candidates' current texts per node).
 */
final class BlockwiseSanitiser {

    /**
     * A text's sanitised result, its word count, and how it was cut ({@code cuts}: null when it was sanitised whole, or
     * when the blocks' results do not make up the stored text exactly, as when the text began with white space).
     */
    record Sanitised(RichText.Result result, int words, TextCuts cuts) {
    }

    /** A text sanitised block by block, the blocks' results joined as they are (not stripped), with the cuts. */
    record Pieces(String html, List<String> removed, int words, TextCuts cuts) {
    }

    /** One block's sanitised HTML (not stripped: blocks are joined, then stripped), what was taken out, its words. */
    private record Block(String html, List<String> removed, int words) {
    }

    /** Characters held at most (keys and values); Caffeine evicts the least recently and frequently used beyond. */
    private static final long MAX_CHARACTERS = 16_000_000;
    private static final Cache<String, Block> BLOCKS = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARACTERS)
            .weigher((String text, Block block) -> text.length() + block.html().length() + 64)
            .build();

    /** Block-level elements that may stand at the top level of a text and are cut between. */
    private static final Set<String> TOP_LEVEL = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote",
            "table", "pre", "hr", "div");
    /** Every tag the cutter knows how the sanitiser treats; any other sends the text through whole. */
    private static final Set<String> KNOWN = Set.of("p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i",
            "u", "s", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "code",
            "pre", "hr", "a", "span", "div", "sub", "sup", "font");
    private static final Set<String> VOID = Set.of("br", "hr");
    /** Texts shorter than this are sanitised whole: cutting and looking up would cost about what it saves. */
    private static final int SHORTEST_CUT = 2_000;

    private BlockwiseSanitiser() {
    }

    static Sanitised sanitise(String input) {
        return input == null || input.length() < SHORTEST_CUT ? whole(input) : cut(input);
    }

    /** Block by block where the text can be cut (whatever its length), else whole. */
    static Sanitised cut(String input) {
        Pieces pieces = pieces(input);
        if (pieces == null) {
            return whole(input);
        }
        String stripped = pieces.html().strip();
        return new Sanitised(new RichText.Result(stripped, pieces.removed()), pieces.words(),
                stripped.length() == pieces.html().length() ? pieces.cuts() : null);
    }

    /**
     * The text sanitised block by block, each block's result as it is (the whole text's result is these joined and
     * stripped), or null when the text cannot be cut.
     */
    static Pieces pieces(String input) {
        List<String> blocks = blocks(input);
        if (blocks == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(input.length());
        Set<String> removed = new TreeSet<>();
        List<TextCuts.Cut> cuts = new ArrayList<>(blocks.size());
        int words = 0;
        for (String text : blocks) {
            Block block = BLOCKS.get(text, BlockwiseSanitiser::block);
            html.append(block.html());
            removed.addAll(block.removed());
            words += block.words();
            cuts.add(new TextCuts.Cut(text.length(), block.html().length(), block.words()));
        }
        return new Pieces(html.toString(), List.copyOf(removed), words, new TextCuts(cuts));
    }

    private static Sanitised whole(String input) {
        RichText.Result whole = RichText.sanitise(input);
        return new Sanitised(whole, WordCount.of(whole.html()), null);
    }

    private static Block block(String text) {
        Set<String> removed = new TreeSet<>();
        String html = RichText.clean(text, removed);
        return new Block(html, List.copyOf(removed), WordCount.of(html));
    }

    /** How many blocks are remembered now (for tests). */
    static long remembered() {
        BLOCKS.cleanUp();
        return BLOCKS.estimatedSize();
    }

    /**
     * The text cut after each complete top-level block (whitespace before a block goes with it), or null when it cannot
     * be cut safely and must be sanitised whole.
     */
    static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        int n = text.length();
        int blockStart = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c != '<') {
                if (open.isEmpty() && !Character.isWhitespace(c)) {
                    return null; // text outside a block: the sanitiser's structure pass decides what it becomes
                }
                i++;
                continue;
            }
            boolean end = i + 1 < n && text.charAt(i + 1) == '/';
            int nameStart = end ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && isAsciiLetterOrDigit(text.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart) {
                if (end || nameStart < n && (text.charAt(nameStart) == '!' || text.charAt(nameStart) == '?')) {
                    return null; // a comment, a doctype, a processing instruction or a bogus end tag
                }
                if (open.isEmpty()) {
                    return null; // a bare '<' is text, and text outside a block is not cut
                }
                i++;
                continue;
            }
            if (!isAsciiLetter(text.charAt(nameStart))) {
                return null;
            }
            String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            int close = tagEnd(text, nameEnd);
            if (close < 0 || !KNOWN.contains(name) || hasWordListMarker(text, nameEnd, close)) {
                return null;
            }
            i = close + 1;
            if (end) {
                if (open.isEmpty() || !open.peek().equals(name)) {
                    return null; // an end tag that closes something else: the sanitiser's balancing decides
                }
                open.pop();
            } else if (!VOID.contains(name)) {
                if (open.isEmpty() && !TOP_LEVEL.contains(name)) {
                    return null;
                }
                open.push(name);
                continue;
            } else if (!open.isEmpty()) {
                continue; // a line break inside a block
            } else if (!name.equals("hr")) {
                return null; // a line break outside a block
            }
            if (open.isEmpty()) {
                blocks.add(text.substring(blockStart, i));
                blockStart = i;
            }
        }
        if (!open.isEmpty()) {
            return null;
        }
        if (blockStart < n) {
            blocks.add(text.substring(blockStart)); // whitespace after the last block
        }
        return blocks;
    }

    /** The index of the {@code >} that ends the tag whose attributes start at {@code from}, quotes respected; -1 if none. */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -1; // a tag broken off by another: leave it to the sanitiser
            }
        }
        return -1;
    }

    /** Word's list paragraphs are joined into lists across blocks ({@link RichText#wordLists}): never cut them. */
    private static boolean hasWordListMarker(String text, int from, int to) {
        for (int i = from; i + 8 <= to; i++) {
            if ((text.charAt(i) == 'm' || text.charAt(i) == 'M') && text.regionMatches(true, i, "mso-list", 0, 8)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }
}
