package org.waymark.assessment.internal.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.waymark.assessment.internal.store.Review;
import org.waymark.framework.AssessmentRules;
import org.waymark.framework.CorePrinciple;
import org.waymark.framework.Grade;
import org.waymark.framework.Outcome;
import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;
import org.waymark.portfolio.SnapshotView;
import org.waymark.submission.ExternalSection;

/**
 * What one assessment's reviews grade, as ALT's 2026 transcript lays it out: a row per section of the submitted
 * portfolio (the snapshot's, or an external portfolio's section map), each core principle across the whole portfolio,
 * the grade scale and the outcomes this assessment may reach. Also the one check of a review before it is submitted.
 *
 * @param snapshot the portfolio as submitted; null for a portfolio written elsewhere
 */
public record ReviewSheet(List<Row> rows, List<CorePrinciple> principles, List<Grade> grades, List<Outcome> outcomesAllowed,
                          SnapshotView snapshot, AssessmentRules rules) {

    static final int COMMENT_MAX = 20_000;
    static final int FEEDBACK_MAX = 100_000;

    /**
     * One section row. {@code key} is stored ("1a#1": the section's key and which instance), {@code id} names its
     * form fields ("1a-1"). An assessed section is graded; one that is not (contextual statement, future plans) is
     * marked complete or not. {@code section} is the snapshot's section (null for an external portfolio, whose
     * {@code location} says where the candidate put it).
     */
    public record Row(String key, String id, String heading, boolean assessed, SnapshotView.Section section, String location,
                      boolean locationIsLink) {
    }

    static ReviewSheet of(SnapshotView snapshot, List<CorePrinciple> principles, AssessmentRules rules, List<Outcome> allowed) {
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (SnapshotView.Section s : snapshot.sections()) {
            String sectionKey = s.section().sectionKey();
            int instance = seen.merge(sectionKey, 1, Integer::sum);
            rows.add(new Row(sectionKey + "#" + instance, fieldId(sectionKey, instance), s.heading(), s.assessed(), s, null, false));
        }
        return new ReviewSheet(rows, principles, rules.grades(), allowed, snapshot, rules);
    }

    /** An external portfolio: its section map's rows, or the pathway's required sections when there is no map. */
    static ReviewSheet of(Pathway pathway, List<ExternalSection> map, List<CorePrinciple> principles, AssessmentRules rules,
                          List<Outcome> allowed) {
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        if (map.isEmpty()) {
            for (SectionDefinition definition : pathway.sections()) {
                for (int i = 0; i < (definition.repeatable() ? Math.max(1, definition.min()) : 1); i++) {
                    int instance = seen.merge(definition.key(), 1, Integer::sum);
                    String label = definition.labelFor(i);
                    rows.add(new Row(definition.key() + "#" + instance, fieldId(definition.key(), instance),
                            label.isBlank() ? definition.title() : label + " " + definition.title(), definition.kind().isAssessed(),
                            null, null, false));
                }
            }
        } else {
            for (ExternalSection s : map) {
                int instance = seen.merge(s.sectionKey(), 1, Integer::sum);
                boolean assessed = pathway.section(s.sectionKey()).map(d -> d.kind().isAssessed()).orElse(true);
                rows.add(new Row(s.sectionKey() + "#" + instance, fieldId(s.sectionKey(), instance), s.heading(), assessed,
                        null, s.location(), s.isLink()));
            }
        }
        return new ReviewSheet(rows, principles, rules.grades(), allowed, null, rules);
    }

    private static String fieldId(String sectionKey, int instance) {
        return sectionKey.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + instance;
    }

    public boolean external() {
        return snapshot == null;
    }

    public Optional<Row> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public String gradeName(String key) {
        return key == null ? null : rules.grade(key).map(Grade::name).orElse(key);
    }

    public String outcomeName(String key) {
        return key == null ? null : rules.outcome(key).map(Outcome::name).orElse(key);
    }

    /**
     * Keeps only what belongs on this sheet (rows it has, grades on the scale), so a tampered form stores nothing
     * strange. Empty comments are kept as null.
     */
    List<Review.Row> rowsFrom(ReviewDraft draft) {
        List<Review.Row> kept = new ArrayList<>();
        for (Row row : rows) {
            ReviewDraft.Answer answer = draft.sections().get(row.key());
            if (answer == null) {
                continue;
            }
            String grade = row.assessed() && onScale(answer.grade()) ? answer.grade() : null;
            Boolean complete = row.assessed() ? null : answer.complete();
            kept.add(new Review.Row(Review.RowKind.SECTION, row.key(), grade, complete, blankToNull(answer.comment())));
        }
        for (CorePrinciple principle : principles) {
            ReviewDraft.Answer answer = draft.principles().get(principle.key());
            if (answer != null) {
                kept.add(new Review.Row(Review.RowKind.PRINCIPLE, principle.key(), onScale(answer.grade()) ? answer.grade() : null,
                        null, blankToNull(answer.comment())));
            }
        }
        return kept;
    }

    private boolean onScale(String grade) {
        return grade != null && rules.grade(grade).isPresent();
    }

    /** What stops a draft being saved at all (too long to keep), by field id; nothing is cut short to fit. */
    Map<String, String> tooLong(ReviewDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Row row : rows) {
            ReviewDraft.Answer answer = draft.sections().get(row.key());
            if (answer != null && answer.comment() != null && answer.comment().length() > COMMENT_MAX) {
                problems.put("comment-" + row.id(), "Shorten your comment on " + row.heading() + " to " + COMMENT_MAX + " characters or fewer");
            }
        }
        for (CorePrinciple principle : principles) {
            ReviewDraft.Answer answer = draft.principles().get(principle.key());
            if (answer != null && answer.comment() != null && answer.comment().length() > COMMENT_MAX) {
                problems.put("principle-comment-" + principle.key(), "Shorten your comment on " + principle.name() + " to "
                        + COMMENT_MAX + " characters or fewer");
            }
        }
        if (draft.feedback() != null && draft.feedback().length() > FEEDBACK_MAX) {
            problems.put("feedback", "Shorten your feedback to " + FEEDBACK_MAX + " characters or fewer");
        }
        return problems;
    }

    /**
     * What stops a review being submitted, by the id of the field to put it right, in page order: every assessed
     * section and core principle graded, every other section marked complete or not, an outcome the rules allow
     * recommended, feedback written.
     */
    Map<String, String> problems(ReviewDraft draft, org.waymark.framework.AssessmentType type, String previousOutcome) {
        Map<String, String> problems = new LinkedHashMap<>(tooLong(draft));
        for (Row row : rows) {
            ReviewDraft.Answer answer = draft.sections().get(row.key());
            if (row.assessed() && (answer == null || !onScale(answer.grade()))) {
                problems.putIfAbsent("grade-" + row.id(), "Choose a grade for " + row.heading());
            } else if (!row.assessed() && (answer == null || answer.complete() == null)) {
                problems.putIfAbsent("complete-" + row.id(), "Say whether " + row.heading() + " is complete");
            }
        }
        for (CorePrinciple principle : principles) {
            ReviewDraft.Answer answer = draft.principles().get(principle.key());
            if (answer == null || !onScale(answer.grade())) {
                problems.putIfAbsent("principle-" + principle.key(), "Choose a grade for the core principle " + principle.name());
            }
        }
        if (draft.recommendedOutcome() == null || draft.recommendedOutcome().isBlank()) {
            problems.put("recommendedOutcome", "Choose the outcome you recommend");
        } else {
            rules.refusal(type, previousOutcome, draft.recommendedOutcome()).ifPresent(why -> problems.put("recommendedOutcome", why));
        }
        if (draft.feedback() == null || draft.feedback().isBlank()) {
            problems.putIfAbsent("feedback", "Write your feedback for the candidate");
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
