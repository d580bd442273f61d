package org.waymark.portfolio.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * How a long text was cut into top-level blocks when it was sanitised ({@link BlockwiseSanitiser}), block by block: its
 * length as the editor sent it, its length as stored (sanitised) and its words. The stored text is exactly the stored
 * blocks one after the other, so a save can keep some blocks as stored and splice new ones in between
 * ({@link TextSplice}; ADR 0017). Kept with the section, in one column for its three texts.
 */
record TextCuts(List<Cut> blocks) {

    /** One block: its characters as sent, as stored, and its words. */
    record Cut(int sent, int stored, int words) {
    }

    TextCuts {
        blocks = List.copyOf(blocks);
    }

    int size() {
        return blocks.size();
    }

    /** The characters the blocks from {@code from} (inclusive) to {@code to} (exclusive) take as stored. */
    int storedLength(int from, int to) {
        int length = 0;
        for (int i = from; i < to; i++) {
            length += blocks.get(i).stored();
        }
        return length;
    }

    int sentLength() {
        int length = 0;
        for (Cut cut : blocks) {
            length += cut.sent();
        }
        return length;
    }

    int words() {
        int words = 0;
        for (Cut cut : blocks) {
            words += cut.words();
        }
        return words;
    }

    /** These cuts with the blocks from {@code from} to {@code to} replaced by {@code middle}'s. */
    TextCuts splice(int from, int to, TextCuts middle) {
        List<Cut> spliced = new ArrayList<>(blocks.size() - (to - from) + middle.size());
        spliced.addAll(blocks.subList(0, from));
        spliced.addAll(middle.blocks());
        spliced.addAll(blocks.subList(to, blocks.size()));
        return new TextCuts(spliced);
    }

    /** The blocks' lengths as sent, comma-separated: what the editor needs to splice its next autosave. */
    String sentLengths() {
        StringBuilder text = new StringBuilder(blocks.size() * 4);
        for (Cut cut : blocks) {
            text.append(text.isEmpty() ? "" : ",").append(cut.sent());
        }
        return text.toString();
    }

    // ---- The column: "sent.stored.words,..." per text, the three texts separated by '|' ----

    /** The column's value for a section's three texts' cuts (each may be null: not cut; null when none is cut). */
    static String column(TextCuts description, TextCuts reflection, TextCuts evidence) {
        if (description == null && reflection == null && evidence == null) {
            return null;
        }
        return encode(description) + "|" + encode(reflection) + "|" + encode(evidence);
    }

    /** The three texts' cuts from the column's value, each null where there are none or the value is not readable. */
    static TextCuts[] ofColumn(String column) {
        TextCuts[] parts = new TextCuts[3];
        if (column == null) {
            return parts;
        }
        String[] texts = column.split("\\|", -1);
        if (texts.length != 3) {
            return parts;
        }
        for (int i = 0; i < 3; i++) {
            parts[i] = decode(texts[i]);
        }
        return parts;
    }

    private static String encode(TextCuts cuts) {
        if (cuts == null) {
            return "";
        }
        StringBuilder text = new StringBuilder(cuts.size() * 12);
        for (Cut cut : cuts.blocks()) {
            text.append(text.isEmpty() ? "" : ",").append(cut.sent()).append('.').append(cut.stored()).append('.').append(cut.words());
        }
        return text.toString();
    }

    private static TextCuts decode(String text) {
        if (text.isEmpty()) {
            return null;
        }
        List<Cut> blocks = new ArrayList<>();
        try {
            for (String block : text.split(",")) {
                String[] numbers = block.split("\\.");
                if (numbers.length != 3) {
                    return null;
                }
                blocks.add(new Cut(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]), Integer.parseInt(numbers[2])));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return new TextCuts(blocks);
    }
}
