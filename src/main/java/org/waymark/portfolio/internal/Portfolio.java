package org.waymark.portfolio.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A candidate's portfolio for one pathway, on the framework version it was started on. Its sections are
 * aggregates of their own (each versioned on its own), so this root holds only what belongs to the whole.
 */
public class Portfolio {

    @Id
    private UUID id;
    private UUID ownerId;
    private String pathway;
    private String frameworkVersion;
    private UUID progressedFrom;
    private Instant declarationSignedAt;
    private String suggestedAssessorName;
    private String suggestedAssessorEmail;
    private Instant createdAt;
    @Version
    private Long version;

    protected Portfolio() {
    }

    /** Every field, as {@link PortfolioRows} reads them (Spring Data uses the constructor above). */
    Portfolio(UUID id, UUID ownerId, String pathway, String frameworkVersion, UUID progressedFrom, Instant declarationSignedAt,
              String suggestedAssessorName, String suggestedAssessorEmail, Instant createdAt, Long version) {
        this.id = id;
        this.ownerId = ownerId;
        this.pathway = pathway;
        this.frameworkVersion = frameworkVersion;
        this.progressedFrom = progressedFrom;
        this.declarationSignedAt = declarationSignedAt;
        this.suggestedAssessorName = suggestedAssessorName;
        this.suggestedAssessorEmail = suggestedAssessorEmail;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Portfolio start(UUID ownerId, String pathway, String frameworkVersion, UUID progressedFrom, Instant now) {
        Portfolio p = new Portfolio();
        p.id = UUID.randomUUID();
        p.ownerId = ownerId;
        p.pathway = pathway;
        p.frameworkVersion = frameworkVersion;
        p.progressedFrom = progressedFrom;
        p.createdAt = now;
        return p;
    }

    /** The confirmation: signing declares the work is the candidate's own; the suggested assessor is optional. */
    void confirm(boolean declared, String assessorName, String assessorEmail, Instant now) {
        if (declared && declarationSignedAt == null) {
            declarationSignedAt = now;
        } else if (!declared) {
            declarationSignedAt = null;
        }
        suggestedAssessorName = blankToNull(assessorName);
        suggestedAssessorEmail = blankToNull(assessorEmail);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID getId() { return id; }
    public UUID getOwnerId() { return ownerId; }
    public String getPathway() { return pathway; }
    public String getFrameworkVersion() { return frameworkVersion; }
    public UUID getProgressedFrom() { return progressedFrom; }
    public Instant getDeclarationSignedAt() { return declarationSignedAt; }
    public String getSuggestedAssessorName() { return suggestedAssessorName; }
    public String getSuggestedAssessorEmail() { return suggestedAssessorEmail; }
    public Instant getCreatedAt() { return createdAt; }
    public Long getVersion() { return version; }
    public boolean isDeclarationSigned() { return declarationSignedAt != null; }
}
