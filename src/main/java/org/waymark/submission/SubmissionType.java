package org.waymark.submission;

/**
 * The transcript's assessment type. A portfolio returned at the completeness check and sent again is still a first
 * submission; a resubmission follows a referral (the assessment issue). A portfolio review is a certified member's
 * review every three years (the award module submits it for a holder; its outcome confirms the award or refers it).
 */
public enum SubmissionType {
    FIRST("First submission"), RESUBMISSION("Resubmission"), PORTFOLIO_REVIEW("Portfolio review");

    private final String label;

    SubmissionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
