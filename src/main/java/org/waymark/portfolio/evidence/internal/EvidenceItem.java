package org.waymark.portfolio.evidence.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceKind;
import org.waymark.portfolio.evidence.EvidenceSummary;

/** One piece of evidence in a portfolio: a kept file (by storage key) or a link. */
public record EvidenceItem(@Id UUID id, UUID portfolioId, EvidenceKind kind, String title, String description,
                           String url, String storageKey, String fileName, String contentType, Long sizeBytes,
                           String accessibleText, boolean permissionConfirmed, Instant createdAt,
                           @Version Long version) {

    public static EvidenceItem file(UUID portfolioId, String storageKey, String fileName, String contentType,
                                    long sizeBytes, EvidenceDetails details, Instant now) {
        return new EvidenceItem(UUID.randomUUID(), portfolioId, EvidenceKind.FILE, details.title(), details.description(),
                null, storageKey, fileName, contentType, sizeBytes, details.accessibleText(), details.permissionConfirmed(),
                now, null);
    }

    public static EvidenceItem link(UUID portfolioId, String url, EvidenceDetails details, Instant now) {
        return new EvidenceItem(UUID.randomUUID(), portfolioId, EvidenceKind.LINK, details.title(), details.description(),
                url, null, null, null, null, details.accessibleText(), details.permissionConfirmed(), now, null);
    }

    /** New words about the item; a link may also point somewhere new, a file's content stays. */
    public EvidenceItem describe(EvidenceDetails details, String newUrl) {
        return new EvidenceItem(id, portfolioId, kind, details.title(), details.description(),
                kind == EvidenceKind.LINK ? newUrl : null, storageKey, fileName, contentType, sizeBytes,
                details.accessibleText(), details.permissionConfirmed(), createdAt, version);
    }

    public EvidenceSummary summary() {
        return new EvidenceSummary(id, portfolioId, kind, title, description, url, fileName, contentType, sizeBytes,
                accessibleText, permissionConfirmed, createdAt);
    }
}
