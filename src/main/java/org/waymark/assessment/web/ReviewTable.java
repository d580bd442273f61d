package org.waymark.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.waymark.assessment.internal.review.ReviewSheet;
import org.waymark.assessment.internal.store.Review;
import org.waymark.framework.CorePrinciple;

/**
 * One or more reviews of an assessment laid out as the transcript does, a row per section and per core principle and
 * a column per review, for reading (the lead's reconciliation, the administrator's view, the candidate's outcome).
 * With two reviews a row {@link Line#differs() differs} when their grades (or complete marks) are not the same.
 */
public record ReviewTable(List<String> columns, List<Line> sections, List<Line> principles, Line recommended,
                          List<String> feedback) {

    /** What one review says on one row: a grade's name (or Complete / Not complete) and the comment. */
    public record Cell(String verdict, String comment) {
    }

    public record Line(String heading, List<Cell> cells, boolean differs) {
    }

    static ReviewTable of(ReviewSheet sheet, List<Review> reviews, List<String> columns) {
        List<Line> sections = new ArrayList<>();
        for (ReviewSheet.Row row : sheet.rows()) {
            List<Cell> cells = reviews.stream().map(r -> r.row(Review.RowKind.SECTION, row.key())
                    .map(x -> new Cell(row.assessed() ? orNotGraded(sheet.gradeName(x.grade()))
                            : x.complete() == null ? "Not marked" : x.complete() ? "Complete" : "Not complete", x.comment()))
                    .orElse(new Cell(row.assessed() ? "Not graded" : "Not marked", null))).toList();
            sections.add(new Line(row.heading(), cells, differs(cells)));
        }
        List<Line> principles = new ArrayList<>();
        for (CorePrinciple p : sheet.principles()) {
            List<Cell> cells = reviews.stream().map(r -> r.row(Review.RowKind.PRINCIPLE, p.key())
                    .map(x -> new Cell(orNotGraded(sheet.gradeName(x.grade())), x.comment()))
                    .orElse(new Cell("Not graded", null))).toList();
            principles.add(new Line(p.name(), cells, differs(cells)));
        }
        List<Cell> outcomes = reviews.stream()
                .map(r -> new Cell(r.recommendedOutcome() == null ? "None yet" : sheet.outcomeName(r.recommendedOutcome()), null))
                .toList();
        return new ReviewTable(columns, sections, principles, new Line("Recommended outcome", outcomes, differs(outcomes)),
                reviews.stream().map(r -> r.feedback() == null ? "" : r.feedback()).toList());
    }

    private static String orNotGraded(String name) {
        return name == null ? "Not graded" : name;
    }

    private static boolean differs(List<Cell> cells) {
        return cells.size() > 1 && cells.stream().map(Cell::verdict).filter(Objects::nonNull).distinct().count() > 1;
    }

    public long differences() {
        return sections.stream().filter(Line::differs).count() + principles.stream().filter(Line::differs).count();
    }

    public int rowCount() {
        return sections.size() + principles.size();
    }
}
