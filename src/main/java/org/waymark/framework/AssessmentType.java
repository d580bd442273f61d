package org.waymark.framework;

import java.util.Arrays;
import java.util.Optional;

/**
 * The transcript's assessment type. The constants share their names with {@code submission.SubmissionType} (FIRST,
 * RESUBMISSION), so a submission's type maps by name; portfolio review comes with awards. The framework file gives
 * each the outcomes it allows, by {@link #key()}.
 */
public enum AssessmentType {
    FIRST("first-submission", "First submission"),
    RESUBMISSION("resubmission", "Resubmission"),
    PORTFOLIO_REVIEW("portfolio-review", "Portfolio review");

    private final String key;
    private final String label;

    AssessmentType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<AssessmentType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
