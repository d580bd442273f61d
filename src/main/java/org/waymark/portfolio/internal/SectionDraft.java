package org.waymark.portfolio.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a save sends, before sanitising. {@code evidenceIds} null means "leave the links as they are". {@code parts}
 * are the parts the save carries: an autosave sends only what changed since its last save, and the parts it does not
 * carry stay as stored (the version check makes sure the stored ones are the ones its page was showing). A carried text
 * part may come as a {@link TextSplice} of the stored text instead (its field in the draft is then null): an autosave
 * of a long text sends the stretch that changed.
 */
public record SectionDraft(String title, String description, String reflection, String evidence, Set<String> principles,
                           Set<UUID> evidenceIds, Set<Part> parts, Map<Part, TextSplice> splices) {

    /** The most characters a text part may have (the form says so next to the field; a splice that makes more is not applied). */
    public static final int LONGEST_TEXT = 150_000;

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
        splices = splices == null || splices.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(splices));
        if (!parts.containsAll(splices.keySet()) || splices.containsKey(Part.TITLE) || splices.containsKey(Part.PRINCIPLES)) {
            throw new IllegalArgumentException("Only carried text parts are spliced: " + splices.keySet());
        }
    }

    /** A draft of the parts named, none spliced. */
    public SectionDraft(String title, String description, String reflection, String evidence, Set<String> principles,
                        Set<UUID> evidenceIds, Set<Part> parts) {
        this(title, description, reflection, evidence, principles, evidenceIds, parts, null);
    }

    /** A draft of the whole section. */
    public SectionDraft(String title, String description, String reflection, String evidence, Set<String> principles,
                        Set<UUID> evidenceIds) {
        this(title, description, reflection, evidence, principles, evidenceIds, null, null);
    }

    public boolean carries(Part part) {
        return parts.contains(part);
    }

    /** How this draft changes a text part against the stored text, when it sends a splice rather than the text. */
    public TextSplice splice(Part part) {
        return splices.get(part);
    }

    public boolean isWhole() {
        return parts.size() == Part.values().length;
    }
}
