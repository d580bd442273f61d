package org.waymark.framework;

import java.util.List;
import java.util.Optional;

public record Pathway(String key, String name, String postNominal, String summary, String eligibility,
                      List<SectionDefinition> sections) {

    public Optional<SectionDefinition> section(String sectionKey) {
        return sections.stream().filter(s -> s.key().equals(sectionKey)).findFirst();
    }

    /** How many sections a new portfolio starts with: every section once, repeatable ones at their minimum. */
    public int requiredSectionCount() {
        return sections.stream().mapToInt(s -> s.repeatable() ? s.min() : 1).sum();
    }
}
