package org.waymark.portfolio.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a save sends, before sanitising. {@code evidenceIds} null means "leave the links as they are". {@code parts}
 * are the parts the save carries: an autosave sends only what changed since its last save, and the parts it does not
 * carry stay as stored (the version check makes sure the stored ones are the ones its page was showing).
 */
public record SectionDraft(String title, String description, String reflection, String evidence, Set<String> principles,
                           Set<UUID> evidenceIds, Set<Part> parts) {

    /** The parts of a section a save can carry on their own. */
    public enum Part {
        TITLE, DESCRIPTION, REFLECTION, EVIDENCE, PRINCIPLES;

        /** The part a form field holds, by the field's name. */
        public static Optional<Part> ofField(String name) {
            try {
                return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                return Optional.empty();
            }
        }
    }

    public SectionDraft {
        // null: the whole section; empty: no part at all (an autosave of the evidence links alone)
        parts = parts == null ? EnumSet.allOf(Part.class) : parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
    }

    /** A draft of the whole section. */
    public SectionDraft(String title, String description, String reflection, String evidence, Set<String> principles,
                        Set<UUID> evidenceIds) {
        this(title, description, reflection, evidence, principles, evidenceIds, null);
    }

    public boolean carries(Part part) {
        return parts.contains(part);
    }

    public boolean isWhole() {
        return parts.size() == Part.values().length;
    }
}
