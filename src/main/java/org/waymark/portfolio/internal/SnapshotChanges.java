package org.waymark.portfolio.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.waymark.portfolio.PortfolioChanges;
import org.waymark.portfolio.PortfolioChanges.EvidenceChange;
import org.waymark.portfolio.PortfolioChanges.FieldChange;
import org.waymark.portfolio.PortfolioChanges.Fragment;
import org.waymark.portfolio.PortfolioChanges.FragmentKind;
import org.waymark.portfolio.PortfolioChanges.SectionChange;
import org.waymark.portfolio.PortfolioChanges.SectionKind;
import org.waymark.portfolio.PortfolioSnapshot;
import org.waymark.portfolio.SnapshotView;

/**
 * Works out {@link PortfolioChanges} between two snapshots of one portfolio. Sections are matched by id (a
 * resubmission freezes the same portfolio again); the rich text of each part is read as text (tags stripped, one
 * line per paragraph or list item) and cut into words, spaces and punctuation, which java-diff-utils compares.
 */
final class SnapshotChanges {

    /** Words (letters, digits, apostrophes within), runs of white space, or any one other character. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*|\\s+|[^\\p{L}\\p{N}\\s]");

    private SnapshotChanges() {
    }

    static PortfolioChanges between(SnapshotView before, SnapshotView after) {
        Map<UUID, SnapshotView.Section> old = new LinkedHashMap<>();
        before.sections().forEach(s -> old.put(s.section().sectionId(), s));
        List<SectionChange> changes = new ArrayList<>();
        for (SnapshotView.Section now : after.sections()) {
            SnapshotView.Section was = old.remove(now.section().sectionId());
            changes.add(was == null ? whole(now, SectionKind.ADDED) : compare(was, now));
        }
        // Sections only the older snapshot had (an area taken out), after the rest.
        old.values().forEach(was -> changes.add(whole(was, SectionKind.REMOVED)));
        return new PortfolioChanges(List.copyOf(changes));
    }

    private static SectionChange compare(SnapshotView.Section was, SnapshotView.Section now) {
        List<FieldChange> fields = List.of(
                field("Description", was.section().description(), now.section().description()),
                field("Reflection", was.section().reflection(), now.section().reflection()),
                field("Evidence", was.section().evidence(), now.section().evidence()));
        List<EvidenceChange> evidence = new ArrayList<>();
        List<UUID> wasIds = ids(was.evidence());
        List<UUID> nowIds = ids(now.evidence());
        now.evidence().stream().filter(e -> e != null && !wasIds.contains(e.evidenceId()))
                .forEach(e -> evidence.add(new EvidenceChange(title(e), true)));
        was.evidence().stream().filter(e -> e != null && !nowIds.contains(e.evidenceId()))
                .forEach(e -> evidence.add(new EvidenceChange(title(e), false)));
        boolean changed = !evidence.isEmpty() || !Objects.equals(was.heading(), now.heading())
                || fields.stream().anyMatch(FieldChange::changed);
        return new SectionChange(now.heading(), changed ? SectionKind.CHANGED : SectionKind.UNCHANGED, fields,
                List.copyOf(evidence));
    }

    /** A section only one snapshot has: all its text inserted (ADDED) or deleted (REMOVED). */
    private static SectionChange whole(SnapshotView.Section section, SectionKind kind) {
        FragmentKind fragmentKind = kind == SectionKind.ADDED ? FragmentKind.INSERTED : FragmentKind.DELETED;
        List<FieldChange> fields = new ArrayList<>();
        String[][] parts = {{"Description", section.section().description()}, {"Reflection", section.section().reflection()},
                {"Evidence", section.section().evidence()}};
        for (String[] part : parts) {
            String text = readable(part[1]);
            fields.add(new FieldChange(part[0], !text.isEmpty(), text.isEmpty() ? List.of() : List.of(new Fragment(fragmentKind, text))));
        }
        List<EvidenceChange> evidence = section.evidence().stream().filter(Objects::nonNull)
                .map(e -> new EvidenceChange(title(e), kind == SectionKind.ADDED)).toList();
        return new SectionChange(section.heading(), kind, List.copyOf(fields), evidence);
    }

    static FieldChange field(String name, String beforeHtml, String afterHtml) {
        List<Fragment> fragments = diff(readable(beforeHtml), readable(afterHtml));
        return new FieldChange(name, fragments.stream().anyMatch(f -> f.kind() != FragmentKind.SAME), fragments);
    }

    /** The word-level difference between two texts, as runs of same, deleted and inserted text in reading order. */
    static List<Fragment> diff(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Patch<String> patch = DiffUtils.diff(from, to);
        List<Fragment> fragments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(fragments, FragmentKind.SAME, from.subList(position, start));
            add(fragments, FragmentKind.DELETED, delta.getSource().getLines());
            add(fragments, FragmentKind.INSERTED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(fragments, FragmentKind.SAME, from.subList(position, from.size()));
        return List.copyOf(fragments);
    }

    /** Appends tokens as one fragment, joined to the last one when it is of the same kind. */
    private static void add(List<Fragment> fragments, FragmentKind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!fragments.isEmpty() && fragments.getLast().kind() == kind) {
            text = fragments.removeLast().text() + text;
        }
        fragments.add(new Fragment(kind, text));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /**
     * The text a reader sees in stored rich text: tags gone, entities decoded, one line per paragraph, heading or
     * list item, spaces within a line collapsed.
     */
    static String readable(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        for (Element block : document.body().select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, br, tr")) {
            block.after(new TextNode("\n"));
        }
        StringBuilder text = new StringBuilder();
        for (String line : document.body().wholeText().split("\n")) {
            String collapsed = line.replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ").strip();
            if (!collapsed.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(collapsed);
            }
        }
        return text.toString();
    }

    private static List<UUID> ids(List<PortfolioSnapshot.Evidence> evidence) {
        return evidence.stream().filter(Objects::nonNull).map(PortfolioSnapshot.Evidence::evidenceId).toList();
    }

    private static String title(PortfolioSnapshot.Evidence evidence) {
        if (evidence.title() != null && !evidence.title().isBlank()) {
            return evidence.title();
        }
        return evidence.fileName() != null ? evidence.fileName() : Objects.toString(evidence.url(), "Evidence item");
    }
}
