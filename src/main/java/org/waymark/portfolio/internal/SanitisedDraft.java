package org.waymark.portfolio.internal;

import java.util.ArrayList;
import java.util.List;

import org.waymark.portfolio.internal.SectionDraft.Part;

/**
 * A draft with its carried text parts sanitised (the parts it does not carry are left alone: they are null here),
 * and what the sanitiser took out of them.
 */
record SanitisedDraft(SectionDraft draft, RichText.Result description, RichText.Result reflection, RichText.Result evidence,
                      Integer descriptionWords, Integer reflectionWords, Integer evidenceWords) {

    /**
     * Sanitises and counts the carried parts: before the save's transaction, so that no connection is held while
     * the text is worked on.
     */
    static SanitisedDraft of(SectionDraft draft) {
        BlockwiseSanitiser.Sanitised description = sanitised(draft, Part.DESCRIPTION, draft.description());
        BlockwiseSanitiser.Sanitised reflection = sanitised(draft, Part.REFLECTION, draft.reflection());
        BlockwiseSanitiser.Sanitised evidence = sanitised(draft, Part.EVIDENCE, draft.evidence());
        return new SanitisedDraft(draft, result(description), result(reflection), result(evidence),
                words(description), words(reflection), words(evidence));
    }

    private static BlockwiseSanitiser.Sanitised sanitised(SectionDraft draft, Part part, String text) {
        return draft.carries(part) ? BlockwiseSanitiser.sanitise(text) : null;
    }

    private static RichText.Result result(BlockwiseSanitiser.Sanitised text) {
        return text == null ? null : text.result();
    }

    private static Integer words(BlockwiseSanitiser.Sanitised text) {
        return text == null ? null : text.words();
    }

    /** The section as this draft makes it: its own parts, the others as stored. */
    SectionContent over(SectionContent stored) {
        return new SectionContent(draft.carries(Part.TITLE) ? draft.title() : stored.title(),
                description != null ? description.html() : stored.description(),
                reflection != null ? reflection.html() : stored.reflection(),
                evidence != null ? evidence.html() : stored.evidence(),
                draft.carries(Part.PRINCIPLES) ? draft.principles() : stored.principles());
    }

    /** The word counts of the section as {@link #over} makes it: the carried parts' own, the stored ones' for the rest. */
    WordCounts counts(WordCounts stored) {
        return new WordCounts(descriptionWords != null ? descriptionWords : stored.description(),
                reflectionWords != null ? reflectionWords : stored.reflection(),
                evidenceWords != null ? evidenceWords : stored.evidence());
    }

    /** What the sanitiser removed from the carried parts, each thing once. */
    List<String> removed() {
        List<String> removed = new ArrayList<>();
        for (RichText.Result result : new RichText.Result[] {description, reflection, evidence}) {
            if (result != null) {
                removed.addAll(result.removed());
            }
        }
        return removed.stream().distinct().toList();
    }
}
