package org.waymark.submission.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;

/**
 * The rows of an external portfolio's section map for a pathway, in the framework's order: one per section, and
 * for a repeatable area (specialist, advanced) one per instance, at least its minimum, at most its maximum. Rows
 * past the minimum are optional: the candidate adds them for the extra areas they wrote.
 */
public final class ExternalSectionRows {

    /**
     * One row. {@code id} names its form field ("1b", "advanced-0"); {@code label} and {@code title} are the
     * section's ("1b", "Technical knowledge and ability in the use of learning technology"; "6a", "Advanced area").
     */
    public record Row(String id, String sectionKey, String label, String title, boolean required, boolean lastOfItsArea,
                      boolean mayAddAnother) {

        public String fieldId() {
            return "at-" + id;
        }

        /** What the candidate reads: "1b Technical knowledge and ability in the use of learning technology". */
        public String heading() {
            return ExternalSectionRows.heading(label, title);
        }
    }

    private ExternalSectionRows() {
    }

    /** The rows with {@code counts} rows for each repeatable area (by section key), kept within its minimum and maximum. */
    public static List<Row> of(Pathway pathway, Map<String, Integer> counts) {
        List<Row> rows = new ArrayList<>();
        for (SectionDefinition section : pathway.sections()) {
            if (!section.repeatable()) {
                rows.add(new Row(section.key(), section.key(), section.label(), section.title(), true, true, false));
                continue;
            }
            int count = Math.clamp(counts.getOrDefault(section.key(), section.min()), Math.max(section.min(), 1), section.max());
            for (int i = 0; i < count; i++) {
                boolean last = i == count - 1;
                rows.add(new Row(section.key() + "-" + i, section.key(), section.labelFor(i), section.title(),
                        i < section.min(), last, last && count < section.max()));
            }
        }
        return rows;
    }

    /** The rows every portfolio on this pathway needs, each repeatable area at its minimum. */
    public static List<Row> required(Pathway pathway) {
        return of(pathway, Map.of()).stream().filter(Row::required).toList();
    }

    static String heading(String label, String title) {
        return label == null || label.isBlank() ? title : label + " " + title;
    }
}
