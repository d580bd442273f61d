package org.waymark.portfolio.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.waymark.portfolio.internal.SectionDraft.Part;

/**
 * A draft with its carried text parts sanitised, counted and cut (the parts it does not carry are left alone: they
 * have no entry here), and what the sanitiser took out of them.
 */
record SanitisedDraft(SectionDraft draft, Map<Part, BlockwiseSanitiser.Sanitised> texts) {

    /** The parts that hold text (HTML from the editor). */
    static final List<Part> TEXT_PARTS = List.of(Part.DESCRIPTION, Part.REFLECTION, Part.EVIDENCE);

    SanitisedDraft {
        texts = Collections.unmodifiableMap(texts);
    }

    /**
     * Sanitises and counts the carried parts the draft sends whole: before the save's transaction, so that no
     * connection is held while the text is worked on. Spliced parts wait for the stored text ({@link #spliced}).
     */
    static SanitisedDraft of(SectionDraft draft) {
        Map<Part, BlockwiseSanitiser.Sanitised> texts = new EnumMap<>(Part.class);
        for (Part part : TEXT_PARTS) {
            if (draft.carries(part) && draft.splice(part) == null) {
                texts.put(part, BlockwiseSanitiser.sanitise(text(draft, part)));
            }
        }
        return new SanitisedDraft(draft, texts);
    }

    /**
     * This draft with its splices applied to the stored text as {@code cuts} (the section's column, read once with
     * {@link TextCuts#ofColumn}) cuts it, sanitised and counted; null when a splice does not fit the stored text: then
     * nothing may be saved from it.
     */
    SanitisedDraft spliced(SectionContent stored, TextCuts[] cuts) {
        if (draft.splices().isEmpty()) {
            return this;
        }
        Map<Part, BlockwiseSanitiser.Sanitised> all = new EnumMap<>(Part.class);
        all.putAll(texts);
        for (Map.Entry<Part, TextSplice> splice : draft.splices().entrySet()) {
            Part part = splice.getKey();
            BlockwiseSanitiser.Sanitised text = splice.getValue().applyTo(text(stored, part), cuts[TEXT_PARTS.indexOf(part)]);
            if (text == null) {
                return null;
            }
            all.put(part, text);
        }
        return new SanitisedDraft(draft, all);
    }

    /** The section's cuts column as this draft leaves it: the carried parts' new cuts, the others' as stored. */
    String cutsColumn(TextCuts[] storedCuts) {
        TextCuts[] cuts = storedCuts.clone();
        for (int i = 0; i < TEXT_PARTS.size(); i++) {
            BlockwiseSanitiser.Sanitised text = texts.get(TEXT_PARTS.get(i));
            if (text != null) {
                cuts[i] = text.cuts();
            }
        }
        return TextCuts.column(cuts[0], cuts[1], cuts[2]);
    }

    /** The carried parts that were cut, with their cuts: what the editor needs to splice its next autosave of them. */
    Map<Part, TextCuts> cuts() {
        Map<Part, TextCuts> cuts = new EnumMap<>(Part.class);
        texts.forEach((part, text) -> {
            if (text.cuts() != null) {
                cuts.put(part, text.cuts());
            }
        });
        return cuts;
    }

    /** The section as this draft makes it: its own parts, the others as stored. */
    SectionContent over(SectionContent stored) {
        return new SectionContent(draft.carries(Part.TITLE) ? draft.title() : stored.title(),
                html(Part.DESCRIPTION, stored.description()), html(Part.REFLECTION, stored.reflection()),
                html(Part.EVIDENCE, stored.evidence()),
                draft.carries(Part.PRINCIPLES) ? draft.principles() : stored.principles());
    }

    private String html(Part part, String stored) {
        BlockwiseSanitiser.Sanitised text = texts.get(part);
        return text != null ? text.result().html() : stored;
    }

    /** The word counts of the section as {@link #over} makes it: the carried parts' own, the stored ones' for the rest. */
    WordCounts counts(WordCounts stored) {
        return new WordCounts(words(Part.DESCRIPTION, stored.description()), words(Part.REFLECTION, stored.reflection()),
                words(Part.EVIDENCE, stored.evidence()));
    }

    private Integer words(Part part, Integer stored) {
        BlockwiseSanitiser.Sanitised text = texts.get(part);
        return text != null ? Integer.valueOf(text.words()) : stored;
    }

    /** What the sanitiser removed from the carried parts, each thing once. */
    List<String> removed() {
        List<String> removed = new ArrayList<>();
        for (Part part : TEXT_PARTS) {
            BlockwiseSanitiser.Sanitised text = texts.get(part);
            if (text != null) {
                removed.addAll(text.result().removed());
            }
        }
        return removed.stream().distinct().toList();
    }

    private static String text(SectionDraft draft, Part part) {
        return switch (part) {
            case DESCRIPTION -> draft.description();
            case REFLECTION -> draft.reflection();
            case EVIDENCE -> draft.evidence();
            default -> throw new IllegalArgumentException(part + " holds no text");
        };
    }

    private static String text(SectionContent content, Part part) {
        return switch (part) {
            case DESCRIPTION -> content.description();
            case REFLECTION -> content.reflection();
            case EVIDENCE -> content.evidence();
            default -> throw new IllegalArgumentException(part + " holds no text");
        };
    }
}
