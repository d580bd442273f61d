package org.waymark.portfolio;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The portfolio module's face to the rest of Waymark. Implemented in {@code internal.PortfolioService}.
 */
public interface Portfolios {

    String OBJECT_TYPE = "portfolio";

    /** Starts a portfolio on the current framework version, with every required section empty. */
    UUID start(UUID ownerId, String pathwayKey);

    /** Starts a portfolio on another pathway, copying in the chosen sections of an existing one. */
    UUID progress(UUID ownerId, UUID fromPortfolioId, String pathwayKey, Set<UUID> sectionIdsToCopy);

    List<PortfolioOverview> ownedBy(UUID ownerId);

    Optional<PortfolioOverview> overview(UUID portfolioId);

    /** Writes one section as an explicit save (a revision is kept). For seeding and imports. */
    void write(UUID authorId, UUID portfolioId, String sectionKey, int instance, String title, String description,
               String reflection, String evidence, Set<String> principles);

    void confirm(UUID portfolioId, boolean declared, String suggestedAssessorName, String suggestedAssessorEmail);

    /** What stops the portfolio being complete, in the words of its checklist ("1a Constraints...: No reflection"); empty when complete. */
    List<String> missing(UUID portfolioId);

    /**
     * The same items as {@link #missing}, in the same order, each with the section it belongs to (if any) and the
     * path of the page where it is put right; empty when complete.
     */
    List<MissingItem> missingItems(UUID portfolioId);

    /**
     * Freezes the portfolio as it is now into an immutable snapshot and returns its id. The snapshot is held: the
     * live portfolio cannot be deleted, and evidence files it refers to are kept, until {@link #release} (and the
     * files for as long as any snapshot refers to them).
     */
    UUID freeze(UUID portfolioId);

    /** The submission no longer holds the snapshot (withdrawn, returned, decided). The snapshot itself stays. */
    void release(UUID snapshotId);

    Optional<PortfolioSnapshot> snapshot(UUID snapshotId);

    /** The snapshot ready to show, with headings and principles from the framework version it was written against. */
    Optional<SnapshotView> snapshotView(UUID snapshotId);

    /**
     * What changed from one snapshot of a portfolio to a later one (a referred submission's and its
     * resubmission's), section by section and word by word. Empty unless both exist and are of the same portfolio.
     * Permission checks are the caller's.
     */
    Optional<PortfolioChanges> changes(UUID fromSnapshotId, UUID toSnapshotId);

    /**
     * An evidence file of a snapshot, as it was frozen, even if the candidate has deleted it from the live portfolio
     * since. Permission checks are the caller's. Empty if the snapshot has no file item of that id.
     */
    Optional<SnapshotFile> snapshotFile(UUID snapshotId, UUID evidenceId);

    /**
     * How many accessibility suggestions the candidate's own check of the live portfolio makes, and the path of the
     * page that lists them. Advice only: never a reason to refuse a submission. The caller checks permissions.
     */
    AccessibilityAdviceSummary accessibilityAdvice(UUID portfolioId);
}
