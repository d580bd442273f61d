package org.waymark.submission;

/**
 * One row of an external portfolio's section map, as the candidate gave it when submitting: the section
 * ({@code sectionKey}, {@code label} such as "1b" or "6a", its {@code heading}) and where it is in their portfolio
 * ({@code location}: a page link or a heading).
 */
public record ExternalSection(String sectionKey, String label, String heading, String location) {

    public boolean isLink() {
        return location != null && (location.startsWith("https://") || location.startsWith("http://"));
    }
}
