package org.waymark.portfolio;

/**
 * How many accessibility suggestions the portfolio's own check makes, and where to read them (a path such as
 * {@code /portfolios/{id}/accessibility}). Advice only: nothing may refuse a submission because of it.
 */
public record AccessibilityAdviceSummary(int suggestions, String path) {

    public boolean any() {
        return suggestions > 0;
    }

    /** "1 accessibility suggestion", "3 accessibility suggestions", "No accessibility suggestions". */
    public String label() {
        return (suggestions == 0 ? "No" : String.valueOf(suggestions)) + " accessibility suggestion" + (suggestions == 1 ? "" : "s");
    }
}
