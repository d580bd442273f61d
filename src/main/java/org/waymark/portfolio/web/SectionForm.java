package org.waymark.portfolio.web;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.waymark.portfolio.internal.SectionContent;
import org.waymark.portfolio.internal.SectionDraft;

/** The section editor's form. Text arrives as HTML from the rich editor, or as plain text without JavaScript. */
public record SectionForm(
        @Size(max = 200, message = "Keep the title under 200 characters") String title,
        @Size(max = 150_000, message = "The description is too long to save (over 150,000 characters); split it or move material into evidence") String description,
        @Size(max = 150_000, message = "The reflection is too long to save (over 150,000 characters)") String reflection,
        @Size(max = 150_000, message = "The evidence text is too long to save (over 150,000 characters)") String evidence,
        List<String> principles,
        List<UUID> evidenceIds,
        Boolean evidenceShown,
        @NotNull(message = "The form is missing its version: reload the page") Long version,
        Long theirsVersion,
        String action,
        List<String> parts) {

    static SectionForm of(SectionContent content, long version, Set<UUID> evidenceIds) {
        return new SectionForm(content.title(), content.description(), content.reflection(), content.evidence(),
                List.copyOf(content.principles()), List.copyOf(evidenceIds), true, version, null, null, null);
    }

    /**
     * The draft this form sends. An autosave may name the {@code parts} it carries (what changed since its last save);
     * every other post carries the whole section.
     */
    SectionDraft draft(boolean autosave) {
        Set<String> claimed = principles == null ? Set.of() : new LinkedHashSet<>(principles);
        // Links change only when the form showed the evidence list (a form without it leaves them alone).
        Set<UUID> links = Boolean.TRUE.equals(evidenceShown) ? (evidenceIds == null ? Set.of() : Set.copyOf(evidenceIds)) : null;
        Set<SectionDraft.Part> carried = null; // the whole section
        if (autosave && parts != null) { // "evidenceIds" names no part: the links go by evidenceShown, as always
            Set<SectionDraft.Part> named = EnumSet.noneOf(SectionDraft.Part.class);
            carried = named;
            for (String name : parts) {
                SectionDraft.Part.ofField(name).ifPresent(named::add);
            }
        }
        return new SectionDraft(title, description, reflection, evidence, claimed, links, carried);
    }

    /** "Keep mine" after a conflict saves over the version the conflict showed. */
    long expectedVersion() {
        return "keep-mine".equals(action) && theirsVersion != null ? theirsVersion : version;
    }

    public boolean claims(String principle) {
        return principles != null && principles.contains(principle);
    }

    public boolean links(UUID evidenceId) {
        return evidenceIds != null && evidenceIds.contains(evidenceId);
    }
}
