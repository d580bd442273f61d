package org.waymark.portfolio.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a save keeps a revision by itself, and how long such revisions are kept: every threshold lives here.
 * An automatic revision holds the text as it was <em>before</em> the save that kept it (the text after it is
 * the working copy, which is never lost), so one keystroke, or select-all and Delete, can never take away
 * more than the last few seconds of writing.
 */
public final class AutomaticRevisions {

    /** A save that removes more than half of a field's words, and at least this many, keeps the text first. */
    public static final int LARGE_REMOVAL_WORDS = 50;
    /** The first save after this long without any revision keeps one ("you came back to it"). */
    public static final Duration AFTER_A_BREAK = Duration.ofMinutes(30);
    /** While someone writes, a revision at least this often. */
    public static final Duration WHILE_EDITING = Duration.ofMinutes(10);
    /** Automatic revisions are kept at least this long ... */
    public static final Duration KEPT_FOR_AT_LEAST = Duration.ofDays(90);
    /** ... and the newest this many of each section always. */
    public static final int NEWEST_ALWAYS_KEPT = 50;

    /** Keep a revision of the text before the save, of this kind, for this reason (shown in the history). */
    public record Keep(SectionRevision.Kind kind, String reason) {
    }

    private AutomaticRevisions() {
    }

    /**
     * For an autosave: whether to keep the text it replaces. {@code lastRevision} is when the section's newest
     * revision (of any kind) was kept, or null if it has none.
     */
    public static Optional<Keep> forAutosave(WordCounts before, WordCounts after, Instant lastRevision, Instant now) {
        Optional<Keep> removal = beforeLargeRemoval(before, after);
        if (removal.isPresent()) {
            return removal;
        }
        Duration since = lastRevision == null ? null : Duration.between(lastRevision, now);
        if (since == null || since.compareTo(AFTER_A_BREAK) >= 0) {
            return Optional.of(new Keep(SectionRevision.Kind.AUTO_AFTER_BREAK, "First save after "
                    + minutes(AFTER_A_BREAK) + " minutes or more without a revision: this is the text as it was before that save."));
        }
        if (since.compareTo(WHILE_EDITING) >= 0) {
            return Optional.of(new Keep(SectionRevision.Kind.AUTO_WHILE_EDITING, "Kept at least every "
                    + minutes(WHILE_EDITING) + " minutes while you write: this is the text as it was before that save."));
        }
        return Optional.empty();
    }

    /** For any save: keep the text first if the save removes most of a field's words. */
    public static Optional<Keep> beforeLargeRemoval(WordCounts before, WordCounts after) {
        List<String> fields = new ArrayList<>();
        addIfLargeRemoval(fields, "description", before.description(), after.description());
        addIfLargeRemoval(fields, "reflection", before.reflection(), after.reflection());
        addIfLargeRemoval(fields, "evidence", before.evidence(), after.evidence());
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Keep(SectionRevision.Kind.AUTO_BEFORE_REMOVAL,
                "A save took " + String.join(" and ", fields) + ": this is the text as it was before that save."));
    }

    /** More than half of the field's words, and at least {@link #LARGE_REMOVAL_WORDS} of them. */
    static boolean isLargeRemoval(int before, int after) {
        int removed = before - after;
        return removed >= LARGE_REMOVAL_WORDS && 2L * removed > before;
    }

    private static void addIfLargeRemoval(List<String> fields, String field, int before, int after) {
        if (isLargeRemoval(before, after)) {
            fields.add(String.format(Locale.UK, "the %s from %,d words to %,d", field, before, after));
        }
    }

    private static long minutes(Duration duration) {
        return duration.toMinutes();
    }
}
