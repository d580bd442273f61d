package org.waymark.assessment.internal.review;

import java.util.Map;

/**
 * What an assessor has put in the review form, as posted: answers by section row key ("1a#1") and by core principle
 * key, the recommended outcome's key and the feedback. Nothing here is checked yet (see {@link ReviewSheet}).
 */
public record ReviewDraft(Map<String, Answer> sections, Map<String, Answer> principles, String recommendedOutcome,
                          String feedback) {

    /** A grade (by key) or, for a section that is not graded, complete or not; and a comment. */
    public record Answer(String grade, Boolean complete, String comment) {
    }
}
