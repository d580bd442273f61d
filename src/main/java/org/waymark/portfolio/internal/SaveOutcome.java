package org.waymark.portfolio.internal;

import java.util.List;

/** What became of a save: applied, or refused because someone (another tab) saved the section in between. */
public sealed interface SaveOutcome {

    PortfolioSection section();

    /** Applied. {@code removed} says what the sanitiser took out of the text; {@code item} is the section's checklist entry now. */
    record Saved(PortfolioSection section, List<String> removed, Checklist.Item item) implements SaveOutcome {
    }

    /** Not applied: {@code section} holds their (the newer) text, {@code mine} what this tab sent. */
    record Conflict(PortfolioSection section, SectionContent mine, List<String> removed) implements SaveOutcome {
    }
}
