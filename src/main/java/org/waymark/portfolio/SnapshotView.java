package org.waymark.portfolio;

import java.util.List;

import org.waymark.framework.Pathway;

/**
 * A snapshot ready to show ({@code templates/portfolio/snapshot.html}): each section with its heading, whether it is
 * assessed and the core principles it claims, resolved through the framework version the snapshot recorded, and its
 * evidence items in the order they were added.
 */
public record SnapshotView(PortfolioSnapshot snapshot, Pathway pathway, List<Section> sections) {

    /** One section as frozen, with what the framework says about it. */
    public record Section(PortfolioSnapshot.Section section, String heading, boolean assessed, List<String> principlesClaimed,
                          List<PortfolioSnapshot.Evidence> evidence) {
    }

    public List<PortfolioSnapshot.Evidence> evidence() {
        return snapshot.evidence();
    }
}
