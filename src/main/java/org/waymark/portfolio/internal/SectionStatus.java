package org.waymark.portfolio.internal;

/** Computed from the checklist, never set by hand. */
public enum SectionStatus {
    NOT_STARTED("Not started", "tag-not-started"),
    IN_PROGRESS("In progress", "tag-in-progress"),
    READY("Ready", "tag-ready");

    private final String label;
    private final String cssClass;

    SectionStatus(String label, String cssClass) {
        this.label = label;
        this.cssClass = cssClass;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return cssClass;
    }
}
