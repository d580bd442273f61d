package org.waymark.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.waymark.portfolio.evidence.EvidenceLibrary;

/** The portfolio's evidence items offered for linking in the section editor. */
@Component
class SectionEvidence {

    /** An item to link from a section; {@code href} is what a link in the text points to. */
    public record Option(UUID id, String title, String kind, String href) {
    }

    private final EvidenceLibrary library;

    SectionEvidence(EvidenceLibrary library) {
        this.library = library;
    }

    List<Option> itemsOf(UUID portfolioId) {
        return library.list(portfolioId).stream()
                .map(e -> e.kind().name().equals("FILE")
                        ? new Option(e.id(), e.title(), "file", "/portfolios/" + portfolioId + "/evidence/" + e.id() + "/file")
                        : new Option(e.id(), e.title(), "web link", e.url()))
                .toList();
    }
}
