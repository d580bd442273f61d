package org.waymark.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A released assessment as ALT's 2026 assessment transcript lays it out: which assessment (type, and for a
 * resubmission the outcome it followed), when it was released, a row per section and per core principle with each
 * assessor's grade side by side, the outcome, and each assessor's written feedback. Assessors are named by their
 * place ({@link #assessors()}: "Assessor 1 (lead)", "Assessor 2"), never by name: the transcript goes to the candidate.
 *
 * @param previousOutcomeName for a resubmission, the referral it followed; otherwise null
 * @param releasedAt          the date of issue: when the result was released to the candidate
 */
public record Transcript(String pathwayKey, String assessmentType, String previousOutcomeName, Instant releasedAt,
                         String outcomeKey, String outcomeName, List<String> assessors, List<Row> sections,
                         List<Row> principles, List<String> recommendedOutcomes, List<String> feedback) {

    /**
     * One row: a section (graded, or for the contextual statement and future plans only marked Complete / Not
     * complete) or a core principle; {@code verdicts} has one entry per assessor, in the order of {@link #assessors()}.
     */
    public record Row(String heading, boolean graded, List<String> verdicts) {
    }

    public static final String LEAD = "Assessor 1 (lead)";
    public static final String SECOND = "Assessor 2";
}
