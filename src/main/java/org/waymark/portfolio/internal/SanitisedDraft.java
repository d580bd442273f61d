package org.waymark.portfolio.internal;

import java.util.ArrayList;
import java.util.List;

import org.waymark.framework.WordCount;
import org.waymark.portfolio.internal.SectionDraft.Part;

/**
 * A draft with its carried text parts sanitised (the parts it does not carry are left alone: they are null here),
 * and what the sanitiser took out of them.
 */
record SanitisedDraft(SectionDraft draft, RichText.Result description, RichText.Result reflection, RichText.Result evidence) {

    static SanitisedDraft of(SectionDraft draft) {
        return new SanitisedDraft(draft, sanitised(draft, Part.DESCRIPTION, draft.description()),
                sanitised(draft, Part.REFLECTION, draft.reflection()), sanitised(draft, Part.EVIDENCE, draft.evidence()));
    }

    private static RichText.Result sanitised(SectionDraft draft, Part part, String text) {
        return draft.carries(part) ? RichText.sanitise(text) : null;
    }

    /** The section as this draft makes it: its own parts, the others as stored. */
    SectionContent over(SectionContent stored) {
        return new SectionContent(draft.carries(Part.TITLE) ? draft.title() : stored.title(),
                description != null ? description.html() : stored.description(),
                reflection != null ? reflection.html() : stored.reflection(),
                evidence != null ? evidence.html() : stored.evidence(),
                draft.carries(Part.PRINCIPLES) ? draft.principles() : stored.principles());
    }

    /** The word counts of {@code mine} (made by {@link #over}), counting only the parts this draft changed. */
    WordCounts counts(SectionContent mine, WordCounts stored) {
        return new WordCounts(description != null ? WordCount.of(mine.description()) : stored.description(),
                reflection != null ? WordCount.of(mine.reflection()) : stored.reflection(),
                evidence != null ? WordCount.of(mine.evidence()) : stored.evidence());
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
