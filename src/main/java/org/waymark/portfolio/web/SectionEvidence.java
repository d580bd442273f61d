package org.waymark.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/** The portfolio's evidence items offered for linking in the section editor. */
@Component
class SectionEvidence {

    public record Option(UUID id, String title, String kind) {
    }

    List<Option> itemsOf(UUID portfolioId) {
        return List.of();
    }
}
