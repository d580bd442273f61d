package org.waymark.portfolio.internal;

import java.util.Set;

/** What a person writes in a section. Text fields hold sanitised HTML. */
public record SectionContent(String title, String description, String reflection, String evidence, Set<String> principles) {

    public SectionContent {
        description = description == null ? "" : description;
        reflection = reflection == null ? "" : reflection;
        evidence = evidence == null ? "" : evidence;
        principles = principles == null ? Set.of() : Set.copyOf(principles);
        title = title == null || title.isBlank() ? null : title.strip();
    }

    public boolean isEmpty() {
        return title == null && description.isBlank() && reflection.isBlank() && evidence.isBlank() && principles.isEmpty();
    }
}
