package org.waymark.portfolio;

import java.util.List;

/**
 * What changed between two snapshots of one portfolio (a referred submission's and its resubmission's), section by
 * section, as a word-level diff of the readable text of each part (description, reflection, the section's evidence
 * text) and the evidence items added to or taken from the section. Made by {@link Portfolios#changes}.
 */
public record PortfolioChanges(List<SectionChange> sections) {

    public enum SectionKind {
        UNCHANGED, CHANGED, ADDED, REMOVED
    }

    public enum FragmentKind {
        SAME, INSERTED, DELETED
    }

    /** A run of text that is the same in both, only in the newer (inserted) or only in the older (deleted). */
    public record Fragment(FragmentKind kind, String text) {
    }

    /** One part of a section ("Description"), with its text as fragments; {@code changed} when any is not SAME. */
    public record FieldChange(String name, boolean changed, List<Fragment> fragments) {
    }

    /** An evidence item linked to the section in one snapshot and not in the other. */
    public record EvidenceChange(String title, boolean added) {
    }

    public record SectionChange(String heading, SectionKind kind, List<FieldChange> fields, List<EvidenceChange> evidence) {

        public boolean changed() {
            return kind != SectionKind.UNCHANGED;
        }
    }

    public long changedSections() {
        return sections.stream().filter(SectionChange::changed).count();
    }
}
