package org.waymark.portfolio.internal;

import java.util.List;

/**
 * An autosave's change to one long text, in whole blocks of the text its page last saved (ADR 0017): the blocks from
 * {@code from} (inclusive) to {@code to} (exclusive) of that text, which had {@code blocks} blocks, are replaced by
 * {@code with} (the editor's new blocks, as typed). The editor sends this, rather than the whole text, when the answer
 * to its last save told it how the server cut the text ({@link TextCuts}); the save's version check makes sure the
 * stored text and its cuts are still that save's.
 * <p>
 * The stored blocks kept on either side are used as stored (sanitised, counted), and {@code with} is sanitised block
 * by block exactly as the whole new text would be: the result is the one the whole text would give
 * ({@code SplicedSavesTests} compares the two). Anything that does not fit (another number of blocks, a stretch that is
 * not whole blocks, stored text that is not the cuts' sum) gives nothing, and the editor sends the whole text instead.
 */
public record TextSplice(int from, int to, String with, int blocks) {

    /** A splice the editor sent in a form it could not have written: it never applies. */
    static final TextSplice UNUSABLE = new TextSplice(-1, -1, "", -1);

    public TextSplice {
        with = with == null ? "" : with;
    }

    /**
     * The form field's value, {@code from,to,blocks}, with the new blocks sent in the text's own field; a value in any
     * other form gives a splice that never applies.
     */
    public static TextSplice parse(String field, String with) {
        String[] numbers = field == null ? new String[0] : field.split(",", -1);
        if (numbers.length != 3) {
            return UNUSABLE;
        }
        try {
            return new TextSplice(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]), with, Integer.parseInt(numbers[2]));
        } catch (NumberFormatException e) {
            return UNUSABLE;
        }
    }

    /**
     * The text this splice makes of {@code stored}, cut as {@code cuts} says, sanitised and counted; null when the
     * splice was not made against these cuts, or does not fit them, or makes a text longer than a part may be.
     */
    BlockwiseSanitiser.Sanitised applyTo(String stored, TextCuts cuts) {
        if (stored == null || cuts == null || cuts.size() != blocks || from < 0 || to < from || to > blocks
                || cuts.storedLength(0, blocks) != stored.length()) {
            return null;
        }
        BlockwiseSanitiser.Pieces middle = with.isEmpty()
                ? new BlockwiseSanitiser.Pieces("", List.of(), 0, new TextCuts(List.of())) : BlockwiseSanitiser.pieces(with);
        // White space at the end of the new blocks would go with the next kept block when the whole text is cut.
        if (middle == null || to < blocks && !with.isEmpty() && Character.isWhitespace(with.charAt(with.length() - 1))) {
            return null;
        }
        TextCuts spliced = cuts.splice(from, to, middle.cuts());
        if (spliced.sentLength() > SectionDraft.LONGEST_TEXT) {
            return null;
        }
        String html = stored.substring(0, cuts.storedLength(0, from)) + middle.html()
                + stored.substring(stored.length() - cuts.storedLength(to, blocks));
        String stripped = html.strip();
        return new BlockwiseSanitiser.Sanitised(new RichText.Result(stripped, middle.removed()), spliced.words(),
                stripped.length() == html.length() ? spliced : null);
    }
}
