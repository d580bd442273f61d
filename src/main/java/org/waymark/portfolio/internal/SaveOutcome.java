package org.waymark.portfolio.internal;

import java.util.List;
import java.util.Map;

/**
 * What became of a save: applied, refused because someone (another tab) saved the section in between, or not tried
 * because a splice the autosave sent was not made against the stored text.
 */
public sealed interface SaveOutcome {

    PortfolioSection section();

    /**
     * Applied. {@code removed} says what the sanitiser took out of the text; {@code item} is the section's checklist
     * entry now; {@code cuts} says, for each carried text that was cut into blocks, the blocks' lengths as sent,
     * comma-separated (the editor splices its next autosave of that text in those blocks: {@link TextSplice}).
     */
    record Saved(PortfolioSection section, List<String> removed, Checklist.Item item, Map<SectionDraft.Part, String> cuts)
            implements SaveOutcome {
    }

    /** Not applied: {@code section} holds their (the newer) text, {@code mine} what this tab sent. */
    record Conflict(PortfolioSection section, SectionContent mine, List<String> removed) implements SaveOutcome {
    }

    /**
     * Not applied, nothing written: the autosave spliced a text ({@link TextSplice}) and the stored text is not the one
     * it was spliced against (another save came first, or the page's copy was not the stored one). The editor sends
     * the whole text again at once, which saves or meets the conflict as any whole save would.
     */
    record SendWhole(PortfolioSection section) implements SaveOutcome {
    }
}
