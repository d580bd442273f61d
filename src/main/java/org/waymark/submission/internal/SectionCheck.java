package org.waymark.submission.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;
import org.waymark.framework.SectionKind;
import org.waymark.portfolio.PortfolioSnapshot;

/**
 * The completeness check's first half: is every section the pathway requires in the submission, and not empty?
 * {@code lines} follow the pathway's order; a line with problems is what the administrator would return it for.
 */
public record SectionCheck(List<Line> lines, String unavailable) {

    /** One required section: its label and title, where it is (an external portfolio's map), and what is wrong. */
    public record Line(String label, String title, String location, List<String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A location in an external portfolio's section map. */
    public record Location(String sectionKey, String heading, String location) {
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    public boolean complete() {
        return unavailable == null && lines.stream().allMatch(Line::ok);
    }

    public long problemCount() {
        return lines.stream().filter(l -> !l.ok()).count();
    }

    /** When the check cannot be made (no snapshot, a pathway no framework knows), and why. */
    static SectionCheck unavailable(String why) {
        return new SectionCheck(List.of(), why);
    }

    /** A Waymark portfolio: the frozen sections against the pathway of the framework version it was written on. */
    static SectionCheck of(Pathway pathway, PortfolioSnapshot snapshot) {
        List<Line> lines = new ArrayList<>();
        for (SectionDefinition definition : pathway.sections()) {
            List<PortfolioSnapshot.Section> present = snapshot.sections().stream()
                    .filter(s -> s.sectionKey().equals(definition.key()))
                    .sorted(Comparator.comparingInt(PortfolioSnapshot.Section::position)).toList();
            for (PortfolioSnapshot.Section section : present) {
                String title = definition.repeatable() && section.title() != null && !section.title().isBlank()
                        ? definition.title() + ": " + section.title() : definition.title();
                lines.add(new Line(section.label(), title, null, problems(definition, section)));
            }
            for (int i = present.size(); i < required(definition); i++) {
                lines.add(new Line(definition.labelFor(i), definition.title(), null, List.of("Missing")));
            }
        }
        return new SectionCheck(List.copyOf(lines), null);
    }

    /**
     * An external portfolio: its section map (filled in when the candidate submits it) must say where every required
     * section is. The content itself is read by the administrator at the link or in the file.
     */
    static SectionCheck ofMap(Pathway pathway, List<Location> map) {
        List<Line> lines = new ArrayList<>();
        for (SectionDefinition definition : pathway.sections()) {
            List<Location> mapped = map.stream().filter(l -> l.sectionKey().equals(definition.key())).toList();
            for (int i = 0; i < Math.max(mapped.size(), required(definition)); i++) {
                if (i < mapped.size()) {
                    Location at = mapped.get(i);
                    boolean blank = at.location() == null || at.location().isBlank();
                    lines.add(new Line(definition.labelFor(i), at.heading() == null || at.heading().isBlank()
                            ? definition.title() : at.heading(), at.location(), blank ? List.of("No location given") : List.of()));
                } else {
                    lines.add(new Line(definition.labelFor(i), definition.title(), null, List.of("Not in the section map")));
                }
            }
        }
        return new SectionCheck(List.copyOf(lines), null);
    }

    private static int required(SectionDefinition definition) {
        return definition.repeatable() ? definition.min() : 1;
    }

    private static List<String> problems(SectionDefinition definition, PortfolioSnapshot.Section section) {
        List<String> problems = new ArrayList<>();
        if (definition.kind() == SectionKind.STATEMENT) {
            if (blank(section.description())) {
                problems.add("Empty");
            }
            return problems;
        }
        if (definition.kind().hasOwnTitle() && (section.title() == null || section.title().isBlank())) {
            problems.add("No title");
        }
        if (blank(section.description())) {
            problems.add("No description");
        }
        if (blank(section.reflection())) {
            problems.add("No reflection");
        }
        if (blank(section.evidence()) && (section.evidenceIds() == null || section.evidenceIds().isEmpty())) {
            problems.add("No evidence");
        }
        return problems;
    }

    /** Rich text with no words in it: empty, or only tags and spaces. */
    static boolean blank(String html) {
        return html == null || TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ").replace('\u00a0', ' ').isBlank();
    }
}
