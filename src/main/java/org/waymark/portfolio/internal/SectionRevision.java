package org.waymark.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;

/** A kept copy of a section's text. Never changed once written. */
public class SectionRevision implements Persistable<UUID> {

    public enum Kind {
        SAVE("Saved"), RESTORE("Restored from an earlier revision"), COPY("Copied from another portfolio"),
        CONFLICT_KEPT("Kept after a conflict"), CONFLICT_LOST("Replaced in a conflict (kept here)"),
        WORKING_COPY("Autosaved text kept before a restore");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
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
    private UUID authorId;
    private Instant createdAt;
    @Transient
    private boolean isNew;

    protected SectionRevision() {
    }

    static SectionRevision of(UUID sectionId, Kind kind, SectionContent content, UUID authorId, Instant now) {
        SectionRevision r = new SectionRevision();
        r.id = UUID.randomUUID();
        r.sectionId = sectionId;
        r.kind = kind.name();
        r.title = content.title();
        r.description = content.description();
        r.reflection = content.reflection();
        r.evidence = content.evidence();
        r.principles = String.join(",", content.principles());
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
    public UUID getAuthorId() { return authorId; }
    public Instant getCreatedAt() { return createdAt; }
}
