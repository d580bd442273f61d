package org.waymark.assessment.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.waymark.assessment.internal.review.ReviewDraft;
import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.store.Review;
import org.waymark.framework.CorePrinciple;

/**
 * The review form, as posted or as stored. Its fields are named after the sheet's rows ({@code grade-1a-1},
 * {@code complete-context-1}, {@code comment-1a-1}, {@code principle-explore}, {@code principle-comment-explore}),
 * so they are read from the request's parameters rather than bound; every value is kept to show back.
 */
public record ReviewForm(long version, Map<String, String> values, String recommendedOutcome, String feedback) {

    static ReviewForm of(Review review, ReviewSheet sheet) {
        Map<String, String> values = new HashMap<>();
        for (ReviewSheet.Row row : sheet.rows()) {
            review.row(Review.RowKind.SECTION, row.key()).ifPresent(r -> {
                put(values, "grade-" + row.id(), r.grade());
                put(values, "complete-" + row.id(), r.complete() == null ? null : r.complete() ? "yes" : "no");
                put(values, "comment-" + row.id(), r.comment());
            });
        }
        for (CorePrinciple p : sheet.principles()) {
            review.row(Review.RowKind.PRINCIPLE, p.key()).ifPresent(r -> {
                put(values, "principle-" + p.key(), r.grade());
                put(values, "principle-comment-" + p.key(), r.comment());
            });
        }
        return new ReviewForm(review.version(), values, review.recommendedOutcome(), review.feedback());
    }

    static ReviewForm of(MultiValueMap<String, String> params, ReviewSheet sheet) {
        Map<String, String> values = new HashMap<>();
        for (ReviewSheet.Row row : sheet.rows()) {
            for (String name : new String[] {"grade-", "complete-", "comment-"}) {
                put(values, name + row.id(), params.getFirst(name + row.id()));
            }
        }
        for (CorePrinciple p : sheet.principles()) {
            put(values, "principle-" + p.key(), params.getFirst("principle-" + p.key()));
            put(values, "principle-comment-" + p.key(), params.getFirst("principle-comment-" + p.key()));
        }
        return new ReviewForm(version(params.getFirst("version")), values, params.getFirst("recommendedOutcome"),
                params.getFirst("feedback"));
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    static long version(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    ReviewDraft draft(ReviewSheet sheet) {
        Map<String, ReviewDraft.Answer> sections = new LinkedHashMap<>();
        for (ReviewSheet.Row row : sheet.rows()) {
            String complete = values.get("complete-" + row.id());
            sections.put(row.key(), new ReviewDraft.Answer(values.get("grade-" + row.id()),
                    "yes".equals(complete) ? Boolean.TRUE : "no".equals(complete) ? Boolean.FALSE : null,
                    values.get("comment-" + row.id())));
        }
        Map<String, ReviewDraft.Answer> principles = new LinkedHashMap<>();
        for (CorePrinciple p : sheet.principles()) {
            principles.put(p.key(), new ReviewDraft.Answer(values.get("principle-" + p.key()), null,
                    values.get("principle-comment-" + p.key())));
        }
        return new ReviewDraft(sections, principles, recommendedOutcome, feedback);
    }

    /** The value posted or stored under this field name; for the template. */
    public String value(String name) {
        return values.get(name);
    }

    public boolean is(String name, String value) {
        return value != null && value.equals(values.get(name));
    }

    ReviewForm withVersion(long newVersion) {
        return new ReviewForm(newVersion, values, recommendedOutcome, feedback);
    }
}
