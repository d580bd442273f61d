package org.waymark.submission;

/**
 * The transcript's assessment type. A portfolio returned at the completeness check and sent again is still a first
 * submission; a resubmission follows a referral (the assessment issue). Portfolio review comes with awards.
 */
public enum SubmissionType {
    FIRST("First submission"), RESUBMISSION("Resubmission");

    private final String label;

    SubmissionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
