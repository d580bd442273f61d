package org.waymark.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.waymark.evidence.EvidenceLibrary;

/** The portfolio's evidence items offered for linking in the section editor. */
@Component
class SectionEvidence {

    public record Option(UUID id, String title, String kind) {
    }

    private final EvidenceLibrary library;

    SectionEvidence(EvidenceLibrary library) {
        this.library = library;
    }

    List<Option> itemsOf(UUID portfolioId) {
        return library.list(portfolioId).stream()
                .map(e -> new Option(e.id(), e.title(), e.kind().name().equals("FILE") ? "file" : "web link"))
                .toList();
    }
}
