package org.waymark.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A kept copy of a section's text, with its word counts (so the history lists them without reading the texts).
 * Never changed once written. Automatic kinds are kept by autosave itself ({@link AutomaticRevisions}), with the
 * reason why.
 */
public class SectionRevision implements Persistable<UUID> {

    public enum Kind {
        SAVE("Saved"), RESTORE("Restored from an earlier revision"), COPY("Copied from another portfolio"),
        CONFLICT_KEPT("Kept after a conflict"), CONFLICT_LOST("Replaced in a conflict (kept here)"),
        WORKING_COPY("Autosaved text kept before a restore"),
        AUTO_BEFORE_REMOVAL("Kept automatically before a large deletion", true),
        AUTO_AFTER_BREAK("Kept automatically when writing resumed after a break", true),
        AUTO_WHILE_EDITING("Kept automatically while writing", true);

        private final String description;
        private final boolean automatic;

        Kind(String description) {
            this(description, false);
        }

        Kind(String description, boolean automatic) {
            this.description = description;
            this.automatic = automatic;
        }

        public String description() {
            return description;
        }

        /** Kept by autosave on its own (and pruned after a while, see {@link AutomaticRevisions}). */
        public boolean automatic() {
            return automatic;
        }
    }

    @Id
    private UUID id;
    private UUID sectionId;
    private String kind;
    private String title;
    private String description;
    private String reflection;
    private String evidence;
    private String principles;
    private String reason;
    private int descriptionWords;
    private int reflectionWords;
    private int evidenceWords;
    private UUID authorId;
    private Instant createdAt;
    @Transient
    private boolean isNew;

    protected SectionRevision() {
    }

    /** A revision of {@code content}, whose word counts the caller has (a section holds its own: ADR 0015). */
    static SectionRevision of(UUID sectionId, Kind kind, SectionContent content, WordCounts words, UUID authorId, Instant now) {
        return of(sectionId, kind, null, content, words, authorId, now);
    }

    static SectionRevision automatic(UUID sectionId, AutomaticRevisions.Keep keep, SectionContent content, WordCounts words,
                                     UUID authorId, Instant at) {
        return of(sectionId, keep.kind(), keep.reason(), content, words, authorId, at);
    }

    private static SectionRevision of(UUID sectionId, Kind kind, String reason, SectionContent content, WordCounts words,
                                      UUID authorId, Instant now) {
        SectionRevision r = new SectionRevision();
        r.id = UUID.randomUUID();
        r.sectionId = sectionId;
        r.kind = kind.name();
        r.title = content.title();
        r.description = content.description();
        r.reflection = content.reflection();
        r.evidence = content.evidence();
        r.principles = String.join(",", content.principles());
        r.reason = reason;
        r.descriptionWords = words.description();
        r.reflectionWords = words.reflection();
        r.evidenceWords = words.evidence();
        r.authorId = authorId;
        r.createdAt = now;
        r.isNew = true;
        return r;
    }

    public SectionContent content() {
        return new SectionContent(title, description, reflection, evidence,
                principles == null || principles.isBlank() ? java.util.Set.of() : java.util.Set.of(principles.split(",")));
    }

    @Override
    public UUID getId() { return id; }
    @Override
    public boolean isNew() { return isNew; }
    public UUID getSectionId() { return sectionId; }
    public Kind getKind() { return Kind.valueOf(kind); }
    /** Why an automatic revision was kept; null for the others. */
    public String getReason() { return reason; }
    /** The stored word counts (filled in for older rows by {@link RevisionWordCountBackfill}). */
    public WordCounts getWords() { return new WordCounts(descriptionWords, reflectionWords, evidenceWords); }
    public UUID getAuthorId() { return authorId; }
    public Instant getCreatedAt() { return createdAt; }
}
