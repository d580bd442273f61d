package org.waymark.portfolio.internal;

import java.util.ArrayList;
import java.util.List;

import org.waymark.portfolio.internal.SectionDraft.Part;

/**
 * A draft with its carried text parts sanitised and counted (the parts it does not carry are left alone: they are
 * null here), and what the sanitiser took out of them.
 */
record SanitisedDraft(SectionDraft draft, BlockwiseSanitiser.Sanitised description, BlockwiseSanitiser.Sanitised reflection,
                      BlockwiseSanitiser.Sanitised evidence) {

    /**
     * Sanitises and counts the carried parts: before the save's transaction, so that no connection is held while
     * the text is worked on.
     */
    static SanitisedDraft of(SectionDraft draft) {
        return new SanitisedDraft(draft, sanitised(draft, Part.DESCRIPTION, draft.description()),
                sanitised(draft, Part.REFLECTION, draft.reflection()), sanitised(draft, Part.EVIDENCE, draft.evidence()));
    }

    private static BlockwiseSanitiser.Sanitised sanitised(SectionDraft draft, Part part, String text) {
        return draft.carries(part) ? BlockwiseSanitiser.sanitise(text) : null;
    }

    /** The section as this draft makes it: its own parts, the others as stored. */
    SectionContent over(SectionContent stored) {
        return new SectionContent(draft.carries(Part.TITLE) ? draft.title() : stored.title(),
                description != null ? description.result().html() : stored.description(),
                reflection != null ? reflection.result().html() : stored.reflection(),
                evidence != null ? evidence.result().html() : stored.evidence(),
                draft.carries(Part.PRINCIPLES) ? draft.principles() : stored.principles());
    }

    /** The word counts of the section as {@link #over} makes it: the carried parts' own, the stored ones' for the rest. */
    WordCounts counts(WordCounts stored) {
        return new WordCounts(description != null ? description.words() : stored.description(),
                reflection != null ? reflection.words() : stored.reflection(),
                evidence != null ? evidence.words() : stored.evidence());
    }

    /** What the sanitiser removed from the carried parts, each thing once. */
    List<String> removed() {
        List<String> removed = new ArrayList<>();
        for (BlockwiseSanitiser.Sanitised part : new BlockwiseSanitiser.Sanitised[] {description, reflection, evidence}) {
            if (part != null) {
                removed.addAll(part.result().removed());
            }
        }
        return removed.stream().distinct().toList();
    }
}
