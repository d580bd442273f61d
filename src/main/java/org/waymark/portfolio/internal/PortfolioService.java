package org.waymark.portfolio.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.framework.CorePrinciple;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.framework.SectionDefinition;
import org.waymark.portfolio.PortfolioOverview;
import org.waymark.portfolio.PortfolioChanges;
import org.waymark.portfolio.PortfolioSnapshot;
import org.waymark.portfolio.PortfolioStarted;
import org.waymark.portfolio.SnapshotFile;
import org.waymark.portfolio.SnapshotView;
import org.waymark.portfolio.MissingItem;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.SectionSaved;
import org.waymark.platform.AuditEvent;

/** Portfolios and their sections: starting, writing, saving with conflict detection, revisions, areas. */
@Service
public class PortfolioService implements Portfolios {

    private final PortfolioRepository portfolios;
    private final SectionRepository sections;
    private final RevisionRepository revisions;
    private final FrameworkCatalogue catalogue;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final EvidenceLibrary evidence;
    private final Clock clock;
    private final PortfolioOverviews overviews;
    private final Snapshots snapshots;
    private final PortfolioRows rows;

    PortfolioService(PortfolioRepository portfolios, SectionRepository sections, RevisionRepository revisions,
                     FrameworkCatalogue catalogue, Permissions permissions, ApplicationEventPublisher events,
                     TransactionTemplate transactions, JdbcClient jdbc, EvidenceLibrary evidence, Clock clock,
                     PortfolioOverviews overviews, Snapshots snapshots, PortfolioRows rows) {
        this.rows = rows;
        this.overviews = overviews;
        this.snapshots = snapshots;
        this.evidence = evidence;
        this.portfolios = portfolios;
        this.sections = sections;
        this.revisions = revisions;
        this.catalogue = catalogue;
        this.permissions = permissions;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- Reading ----

    public Portfolio portfolio(UUID id) {
        return findPortfolio(id).orElseThrow(() -> new NoSuchElementException("No portfolio " + id));
    }

    /** Every portfolio page's and autosave's read of its portfolio ({@link PortfolioRows}). */
    public Optional<Portfolio> findPortfolio(UUID id) {
        return rows.portfolio(id);
    }

    /**
     * The portfolio with this id, if there is one and this person may do this action on it: one statement reads it and
     * decides the permission ({@link Permissions#condition}), the same decision as {@link Permissions#may}.
     */
    public Optional<Portfolio> findPortfolio(Authentication who, Action action, UUID id) {
        return rows.portfolio(id, permissions.condition(who, action, OBJECT_TYPE, PortfolioRows.ID_COLUMN));
    }

    public List<PortfolioSection> sections(UUID portfolioId) {
        return sections.findByPortfolioIdOrderByPosition(portfolioId);
    }

    public Optional<PortfolioSection> section(UUID portfolioId, UUID sectionId) {
        return sections.findById(sectionId).filter(s -> s.getPortfolioId().equals(portfolioId));
    }

    public Framework framework(Portfolio portfolio) {
        return catalogue.version(portfolio.getFrameworkVersion());
    }

    public Pathway pathway(Portfolio portfolio) {
        return framework(portfolio).pathway(portfolio.getPathway());
    }

    public Checklist checklist(Portfolio portfolio) {
        return Checklist.of(framework(portfolio), pathway(portfolio), portfolio, sections(portfolio.getId()),
                evidenceLinkCounts(portfolio.getId()));
    }

    public Checklist.Item checklistItem(Portfolio portfolio, PortfolioSection section) {
        SectionDefinition definition = pathway(portfolio).section(section.getSectionKey()).orElseThrow();
        return Checklist.item(framework(portfolio), definition, section, linkedEvidence(section.getId()).size());
    }

    /** The history, newest first, read without the texts: the word counts are stored with each revision. */
    public List<RevisionSummary> revisionSummaries(UUID sectionId) {
        return jdbc.sql("SELECT id, kind, reason, description_words, reflection_words, evidence_words, created_at "
                        + "FROM section_revision WHERE section_id = ? ORDER BY created_at DESC")
                .param(sectionId)
                .query((rs, row) -> new RevisionSummary(rs.getObject("id", UUID.class),
                        SectionRevision.Kind.valueOf(rs.getString("kind")), rs.getString("reason"),
                        new WordCounts(rs.getInt("description_words"), rs.getInt("reflection_words"), rs.getInt("evidence_words")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public long revisionCount(UUID sectionId) {
        return revisions.countBySectionId(sectionId);
    }

    public Optional<SectionRevision> revision(UUID sectionId, UUID revisionId) {
        return revisions.findById(revisionId).filter(r -> r.getSectionId().equals(sectionId));
    }

    @Override
    public List<PortfolioOverview> ownedBy(UUID ownerId) {
        return overviews.of(portfolios.findByOwnerIdOrderByCreatedAtDesc(ownerId));
    }

    @Override
    public Optional<PortfolioOverview> overview(UUID portfolioId) {
        return findPortfolio(portfolioId).map(this::overviewOf);
    }

    @Override
    public org.waymark.portfolio.AccessibilityAdviceSummary accessibilityAdvice(UUID portfolioId) {
        return AccessibilityAdvice.of(portfolioId, checklist(portfolio(portfolioId)), evidence.list(portfolioId)).summary();
    }

    @Override
    public List<String> missing(UUID portfolioId) {
        return missingItems(portfolioId).stream().map(MissingItem::text).toList();
    }

    @Override
    public List<MissingItem> missingItems(UUID portfolioId) {
        Portfolio portfolio = portfolio(portfolioId);
        Checklist checklist = checklist(portfolio);
        String base = "/portfolios/" + portfolioId;
        List<MissingItem> missing = new ArrayList<>();
        for (Checklist.Item item : checklist.sections()) {
            UUID sectionId = item.section().getId();
            for (String problem : item.missing()) {
                missing.add(new MissingItem(sectionId, item.heading(), problem, base + "/sections/" + sectionId));
            }
        }
        List<String> unclaimed = checklist.unclaimedPrinciples().stream()
                .map(Checklist::unclaimed).toList();
        for (String problem : checklist.portfolioMissing()) {
            String path = unclaimed.contains(problem) ? base + "/principles"
                    : problem.equals(Checklist.UNSIGNED) ? base + "/confirmation"
                    : base + "#completeness";
            missing.add(new MissingItem(null, null, problem, path));
        }
        return List.copyOf(missing);
    }

    // ---- Snapshots (the SQL is in Snapshots) ----

    @Override
    public UUID freeze(UUID portfolioId) {
        return snapshots.freeze(portfolioId);
    }

    @Override
    public void release(UUID snapshotId) {
        if (!snapshots.release(snapshotId)) {
            throw new NoSuchElementException("No snapshot " + snapshotId);
        }
    }

    @Override
    public Optional<PortfolioSnapshot> snapshot(UUID snapshotId) {
        return snapshots.find(snapshotId);
    }

    @Override
    public Optional<SnapshotView> snapshotView(UUID snapshotId) {
        return snapshot(snapshotId).map(this::view);
    }

    @Override
    public Optional<PortfolioChanges> changes(UUID fromSnapshotId, UUID toSnapshotId) {
        return snapshotView(fromSnapshotId).flatMap(from -> snapshotView(toSnapshotId)
                .filter(to -> to.snapshot().portfolioId().equals(from.snapshot().portfolioId()))
                .map(to -> SnapshotChanges.between(from, to)));
    }

    private SnapshotView view(PortfolioSnapshot snapshot) {
        Framework framework = catalogue.version(snapshot.frameworkVersion());
        Pathway pathway = framework.pathway(snapshot.pathwayKey());
        Map<UUID, PortfolioSnapshot.Evidence> evidenceById = new HashMap<>();
        snapshot.evidence().forEach(e -> evidenceById.put(e.evidenceId(), e));
        List<SnapshotView.Section> sections = new ArrayList<>();
        for (PortfolioSnapshot.Section section : snapshot.sections()) {
            Optional<SectionDefinition> definition = pathway.section(section.sectionKey());
            String title = definition.map(d -> d.repeatable() && section.title() != null ? d.title() + ": " + section.title() : d.title())
                    .orElse(section.title() == null ? "" : section.title());
            String heading = section.label() == null || section.label().isBlank() ? title : section.label() + " " + title;
            List<String> principles = framework.principles().stream().filter(p -> section.principles().contains(p.key()))
                    .map(CorePrinciple::name).toList();
            sections.add(new SnapshotView.Section(section, heading, definition.map(d -> d.kind().isAssessed()).orElse(true),
                    principles, section.evidenceIds().stream().map(evidenceById::get).toList()));
        }
        return new SnapshotView(snapshot, pathway, List.copyOf(sections));
    }

    @Override
    public Optional<SnapshotFile> snapshotFile(UUID snapshotId, UUID evidenceId) {
        return evidence.openSnapshotFile(snapshotId, evidenceId);
    }

    /** Whether a submission in progress holds a snapshot of this portfolio (it cannot be deleted meanwhile). */
    public boolean held(UUID portfolioId) {
        return snapshots.held(portfolioId);
    }

    public PortfolioOverview overviewOf(Portfolio p) {
        return overviews.of(List.of(p)).getFirst();
    }

    // ---- Starting ----

    @Override
    @Transactional
    public UUID start(UUID ownerId, String pathwayKey) {
        return startPortfolio(ownerId, pathwayKey, null).getId();
    }

    private Portfolio startPortfolio(UUID ownerId, String pathwayKey, UUID progressedFrom) {
        Framework framework = catalogue.current();
        Pathway pathway = framework.pathway(pathwayKey);
        Instant now = clock.instant();
        Portfolio portfolio = portfolios.save(Portfolio.start(ownerId, pathway.key(), framework.version(), progressedFrom, now));
        int position = 0;
        for (SectionDefinition definition : pathway.sections()) {
            int instances = definition.repeatable() ? definition.min() : 1;
            for (int i = 0; i < instances; i++) {
                sections.save(PortfolioSection.create(portfolio.getId(), definition.key(), position++, definition.labelFor(i), now));
            }
        }
        permissions.grant(ownerId, Relation.OWNER, OBJECT_TYPE, portfolio.getId());
        events.publishEvent(new PortfolioStarted(portfolio.getId(), ownerId, pathway.key(), framework.version(), progressedFrom));
        events.publishEvent(new AuditEvent(ownerId, "portfolio.started", OBJECT_TYPE, portfolio.getId().toString(),
                pathway.name() + " on framework " + framework.version()));
        return portfolio;
    }

    @Override
    @Transactional
    public UUID progress(UUID ownerId, UUID fromPortfolioId, String pathwayKey, Set<UUID> sectionIdsToCopy) {
        Portfolio from = portfolio(fromPortfolioId);
        if (!from.getOwnerId().equals(ownerId)) {
            throw new IllegalArgumentException("Only the owner can progress a portfolio");
        }
        Portfolio target = startPortfolio(ownerId, pathwayKey, from.getId());
        Pathway pathway = pathway(target);
        Instant now = clock.instant();
        List<PortfolioSection> targetSections = new ArrayList<>(sections(target.getId()));
        Map<String, Integer> usedOfKey = new HashMap<>();
        for (PortfolioSection source : sections(from.getId())) {
            if (!sectionIdsToCopy.contains(source.getId())) {
                continue;
            }
            Optional<SectionDefinition> definition = pathway.section(source.getSectionKey());
            if (definition.isEmpty()) {
                continue;
            }
            int index = usedOfKey.merge(source.getSectionKey(), 1, Integer::sum) - 1;
            List<PortfolioSection> slots = targetSections.stream()
                    .filter(s -> s.getSectionKey().equals(source.getSectionKey())).toList();
            PortfolioSection slot;
            if (index < slots.size()) {
                slot = slots.get(index);
            } else if (index < definition.get().max()) {
                slot = sections.save(PortfolioSection.create(target.getId(), source.getSectionKey(), 1000 + index,
                        definition.get().labelFor(index), now));
                targetSections.add(slot);
            } else {
                continue;
            }
            WordCounts words = source.wordCounts();
            slot.write(source.content(), words, now);
            slot.markCopied(source.lastRevised());
            slot.markRevised(now);
            sections.save(slot);
            revisions.save(SectionRevision.of(slot.getId(), SectionRevision.Kind.COPY, source.content(), words, ownerId, now));
        }
        renumber(target);
        events.publishEvent(new AuditEvent(ownerId, "portfolio.progressed", OBJECT_TYPE, target.getId().toString(),
                "from " + from.getId() + " (" + from.getPathway() + "), " + sectionIdsToCopy.size() + " sections chosen"));
        return target.getId();
    }

    // ---- Writing ----

    /**
     * Saves a section if nobody saved it since {@code expectedVersion}; otherwise reports a conflict and applies
     * nothing. Every mode but autosave keeps a revision of the new text. Autosave keeps one of the text it replaces
     * when {@link AutomaticRevisions} says so, and any save does before it removes most of a field's words. In a
     * conflict the losing text is always kept as a revision. {@link SectionSaved} is published only when a revision
     * was kept, so an ordinary autosave writes the working copy and nothing else.
     */
    public SaveOutcome save(UUID authorId, UUID sectionId, SectionDraft draft, long expectedVersion, SaveMode mode) {
        SectionToSave target = rows.sectionToSave(sectionId).orElseThrow(() -> new NoSuchElementException("No section " + sectionId));
        return save(authorId, target, draft, expectedVersion, mode);
    }

    /**
     * The section of this portfolio with this id, as a save reads it, if there is one and this person may edit the
     * portfolio: one statement, where an autosave made two (the portfolio with its permission, then the section).
     */
    public Optional<SectionToSave> findSectionToSave(Authentication who, UUID portfolioId, UUID sectionId) {
        return rows.sectionToSave(portfolioId, sectionId,
                permissions.condition(who, Action.EDIT, OBJECT_TYPE, PortfolioRows.ID_COLUMN));
    }

    /**
     * As above, for a section read by {@link #findSectionToSave} (before the transaction: the update is made only at the
     * version read, so a save that landed in between is answered as a conflict). Only the parts the draft carries are
     * sanitised and counted; the others are taken as stored, under the same version check. The answer carries the
     * section's checklist entry, from the word counts the save made anyway.
     */
    public SaveOutcome save(UUID authorId, SectionToSave target, SectionDraft draft, long expectedVersion, SaveMode mode) {
        Portfolio portfolio = target.portfolio();
        UUID sectionId = target.section().getId();
        SanitisedDraft sent = SanitisedDraft.of(draft);
        boolean spliced = !draft.splices().isEmpty();
        PortfolioSection section = target.section();
        // A splice is made against the text its page last saved: only that version's text will do, and only for an
        // autosave (a conflict needs the whole of "mine" to show and keep).
        TextCuts[] storedCuts = TextCuts.ofColumn(section.textCuts()); // read once: for the splice and the new column
        SanitisedDraft text = spliced && mode == SaveMode.AUTOSAVE && section.getVersion() == expectedVersion
                ? sent.spliced(section.content(), storedCuts) : spliced ? null : sent;
        if (text == null) {
            return new SaveOutcome.SendWhole(section);
        }
        SectionContent mine = text.over(section.content());
        if (mode != SaveMode.TAKE_THEIRS && section.getVersion() != expectedVersion) {
            return new SaveOutcome.Conflict(section, mine, text.removed());
        }
        Instant now = clock.instant();
        WordCounts was = section.wordCounts(); // stored with the text: the stored text is not counted again
        WordCounts will = text.counts(was);
        Optional<AutomaticRevisions.Keep> keep = mode == SaveMode.KEEP_MINE ? Optional.empty()
                : automaticRevision(section, was, will, mode, target.lastRevisionAt(), now);
        Supplier<SaveOutcome> write = () -> {
            if (mode == SaveMode.TAKE_THEIRS) {
                revisions.save(SectionRevision.of(sectionId, SectionRevision.Kind.CONFLICT_LOST, mine, will, authorId, now));
                return new SaveOutcome.Saved(section, List.of(), checklistItem(portfolio, section), Map.of());
            }
            if (mode == SaveMode.KEEP_MINE) {
                revisions.save(SectionRevision.of(sectionId, SectionRevision.Kind.CONFLICT_LOST, section.content(), was, authorId, now));
            }
            boolean keptAutomatically = keepAutomatically(authorId, section, keep, was, now);
            String cuts = text.cutsColumn(storedCuts);
            section.write(mine, will, now);
            section.cut(cuts);
            if (mode != SaveMode.AUTOSAVE) {
                section.markRevised(now);
            }
            rows.updateSection(section, expectedVersion);
            int evidenceItems = draft.evidenceIds() != null ? linkEvidence(section, draft.evidenceIds()) : target.evidenceLinks();
            if (mode != SaveMode.AUTOSAVE) {
                revisions.save(SectionRevision.of(sectionId,
                        mode == SaveMode.KEEP_MINE ? SectionRevision.Kind.CONFLICT_KEPT : SectionRevision.Kind.SAVE,
                        mine, will, authorId, now));
            }
            if (mode != SaveMode.AUTOSAVE || keptAutomatically) {
                events.publishEvent(new SectionSaved(section.getPortfolioId(), section.getId(), authorId, now));
            }
            SectionDefinition definition = pathway(portfolio).section(section.getSectionKey()).orElseThrow();
            return new SaveOutcome.Saved(section, text.removed(),
                    Checklist.item(framework(portfolio), definition, section, evidenceItems, will), cutLengths(text));
        };
        // Most autosaves write the one row and nothing else (no revision to keep, no evidence links, no event): that one
        // statement commits by itself rather than in a transaction with a COMMIT of its own. Anything more is atomic.
        boolean onlyTheUpdate = mode == SaveMode.AUTOSAVE && draft.evidenceIds() == null && keep.isEmpty();
        try {
            return onlyTheUpdate ? write.get() : transactions.execute(tx -> write.get());
        } catch (OptimisticLockingFailureException raced) {
            // Another save landed between our read and our update: same answer as a stale version.
            PortfolioSection theirs = sections.findById(sectionId).orElseThrow();
            return spliced ? new SaveOutcome.SendWhole(theirs) : new SaveOutcome.Conflict(theirs, sent.over(theirs.content()), sent.removed());
        }
    }

    private static Map<SectionDraft.Part, String> cutLengths(SanitisedDraft text) {
        Map<SectionDraft.Part, String> lengths = new EnumMap<>(SectionDraft.Part.class);
        text.cuts().forEach((part, cuts) -> lengths.put(part, cuts.sentLengths()));
        return lengths;
    }

    /**
     * Whether {@link AutomaticRevisions} says to keep the text a save is about to replace (never an empty one), and why.
     */
    private static Optional<AutomaticRevisions.Keep> automaticRevision(PortfolioSection section, WordCounts was, WordCounts will,
                                                                       SaveMode mode, Instant lastRevisionAt, Instant now) {
        if (section.content().isEmpty()) {
            return Optional.empty();
        }
        return mode == SaveMode.AUTOSAVE
                ? AutomaticRevisions.forAutosave(was, will, lastRevisionAt, now)
                : AutomaticRevisions.beforeLargeRemoval(was, will);
    }

    /**
     * Keeps the text a save is about to replace, for this reason ({@link #automaticRevision}), unless the newest
     * revision already holds it. Returns whether it kept one.
     */
    private boolean keepAutomatically(UUID authorId, PortfolioSection section, Optional<AutomaticRevisions.Keep> keep,
                                      WordCounts was, Instant now) {
        if (keep.isEmpty()) {
            return false;
        }
        SectionContent before = section.content();
        if (revisions.findFirstBySectionIdOrderByCreatedAtDesc(section.getId())
                .map(newest -> newest.content().equals(before)).orElse(false)) {
            return false;
        }
        // A microsecond before the save, so that an explicit Save's own revision is listed after it.
        revisions.save(SectionRevision.automatic(section.getId(), keep.get(), before, was, authorId, now.minus(1, ChronoUnit.MICROS)));
        return true;
    }

    /** Restores an earlier revision. Autosaved text not yet kept in a revision is kept first, so nothing is lost. */
    @Transactional
    public PortfolioSection restore(UUID authorId, PortfolioSection section, SectionRevision revision) {
        Instant now = clock.instant();
        Optional<SectionRevision> newest = revisions.findFirstBySectionIdOrderByCreatedAtDesc(section.getId());
        if (newest.isEmpty() || !newest.get().content().equals(section.content())) {
            if (!section.content().isEmpty()) {
                // A microsecond before the restore's own revision, so the history lists the two in the order they happened.
                revisions.save(SectionRevision.of(section.getId(), SectionRevision.Kind.WORKING_COPY, section.content(),
                        section.wordCounts(), authorId, now.minus(1, ChronoUnit.MICROS)));
            }
        }
        WordCounts words = WordCounts.of(revision.content());
        section.write(revision.content(), words, now);
        section.markRevised(now);
        PortfolioSection saved = sections.save(section);
        revisions.save(SectionRevision.of(section.getId(), SectionRevision.Kind.RESTORE, revision.content(), words, authorId, now));
        events.publishEvent(new SectionSaved(saved.getPortfolioId(), saved.getId(), authorId, now));
        events.publishEvent(new AuditEvent(authorId, "section.restored", "section", section.getId().toString(),
                "revision " + revision.getId()));
        return saved;
    }

    @Override
    @Transactional
    public void write(UUID authorId, UUID portfolioId, String sectionKey, int instance, String title, String description,
                      String reflection, String evidence, Set<String> principles) {
        PortfolioSection section = sections(portfolioId).stream().filter(s -> s.getSectionKey().equals(sectionKey))
                .skip(instance).findFirst().orElseThrow(() -> new NoSuchElementException("No section " + sectionKey));
        SaveOutcome outcome = save(authorId, section.getId(),
                new SectionDraft(title, description, reflection, evidence, principles, null), section.getVersion(), SaveMode.SAVE);
        if (outcome instanceof SaveOutcome.Conflict) {
            throw new IllegalStateException("Section changed while being written");
        }
    }

    @Override
    @Transactional
    public void confirm(UUID portfolioId, boolean declared, String suggestedAssessorName, String suggestedAssessorEmail) {
        Portfolio portfolio = portfolio(portfolioId);
        portfolio.confirm(declared, suggestedAssessorName, suggestedAssessorEmail, clock.instant());
        portfolios.save(portfolio);
        events.publishEvent(new AuditEvent(portfolio.getOwnerId(), declared ? "portfolio.declaration-signed" : "portfolio.declaration-withdrawn",
                OBJECT_TYPE, portfolioId.toString(), null));
    }

    // ---- Specialist and advanced areas ----

    /** Adds another specialist or advanced area, if the pathway allows one more. Returns it, or empty if at the maximum. */
    @Transactional
    public Optional<PortfolioSection> addArea(UUID authorId, Portfolio portfolio, String sectionKey) {
        SectionDefinition definition = pathway(portfolio).section(sectionKey).filter(SectionDefinition::repeatable)
                .orElseThrow(() -> new IllegalArgumentException("Not a repeatable area: " + sectionKey));
        long count = sections(portfolio.getId()).stream().filter(s -> s.getSectionKey().equals(sectionKey)).count();
        if (count >= definition.max()) {
            return Optional.empty();
        }
        PortfolioSection area = sections.save(PortfolioSection.create(portfolio.getId(), sectionKey, 10_000,
                definition.labelFor((int) count), clock.instant()));
        renumber(portfolio);
        events.publishEvent(new AuditEvent(authorId, "section.area-added", OBJECT_TYPE, portfolio.getId().toString(), area.getLabel()));
        return sections.findById(area.getId());
    }

    /** Whether this section is an extra area that may be removed (the pathway would still have its minimum). */
    public boolean removable(Portfolio portfolio, PortfolioSection section) {
        return pathway(portfolio).section(section.getSectionKey()).filter(SectionDefinition::repeatable)
                .map(d -> sections(portfolio.getId()).stream().filter(s -> s.getSectionKey().equals(d.key())).count() > d.min())
                .orElse(false);
    }

    @Transactional
    public void removeArea(UUID authorId, Portfolio portfolio, PortfolioSection section) {
        if (!removable(portfolio, section)) {
            throw new IllegalStateException("This area cannot be removed");
        }
        sections.delete(section);
        renumber(portfolio);
        events.publishEvent(new AuditEvent(authorId, "section.area-removed", OBJECT_TYPE, portfolio.getId().toString(),
                section.getLabel() + " " + (section.getTitle() == null ? "" : section.getTitle())));
    }

    /** Puts sections in framework order and labels repeatable areas 5a, 5b... after one is added or removed. */
    private void renumber(Portfolio portfolio) {
        List<PortfolioSection> all = sections(portfolio.getId());
        Map<String, List<PortfolioSection>> byKey = new LinkedHashMap<>();
        for (PortfolioSection s : all) {
            byKey.computeIfAbsent(s.getSectionKey(), k -> new ArrayList<>()).add(s);
        }
        int position = 0;
        for (SectionDefinition definition : pathway(portfolio).sections()) {
            int index = 0;
            for (PortfolioSection s : byKey.getOrDefault(definition.key(), List.of())) {
                String label = definition.labelFor(index++);
                if (s.getPosition() != position || !label.equals(s.getLabel())) {
                    s.renumber(position, label);
                    sections.save(s);
                }
                position++;
            }
        }
    }

    // ---- Deleting ----

    /**
     * Deletes the portfolio, its sections and evidence; files that a snapshot refers to stay for the snapshot.
     *
     * @throws PortfolioHeldException while a submission in progress holds a snapshot of it
     */
    @Transactional
    public void delete(UUID authorId, Portfolio portfolio) {
        snapshots.lockPortfolio(portfolio.getId()); // a freeze starting now waits, and one that has committed is seen
        if (snapshots.held(portfolio.getId())) {
            throw new PortfolioHeldException();
        }
        evidence.deleteAllFor(portfolio.getId());
        permissions.revokeAll(OBJECT_TYPE, portfolio.getId());
        portfolios.delete(portfolio);
        events.publishEvent(new AuditEvent(authorId, "portfolio.deleted", OBJECT_TYPE, portfolio.getId().toString(),
                portfolio.getPathway()));
    }

    // ---- Evidence links ----

    public Set<UUID> linkedEvidence(UUID sectionId) {
        return Set.copyOf(jdbc.sql("SELECT evidence_id FROM section_evidence WHERE section_id = ?").param(sectionId)
                .query(UUID.class).list());
    }

    private Map<UUID, Integer> evidenceLinkCounts(UUID portfolioId) {
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT se.section_id, COUNT(*) FROM section_evidence se JOIN portfolio_section s ON s.id = se.section_id "
                        + "WHERE s.portfolio_id = ? GROUP BY se.section_id")
                .param(portfolioId)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }

    /** Links the section to exactly these evidence items of its portfolio; returns how many it is linked to. */
    private int linkEvidence(PortfolioSection section, Set<UUID> evidenceIds) {
        Set<UUID> linked = linkedEvidence(section.getId());
        if (linked.equals(evidenceIds)) {
            return linked.size(); // the usual autosave: links unchanged, nothing to write
        }
        jdbc.sql("DELETE FROM section_evidence WHERE section_id = ?").param(section.getId()).update();
        Set<UUID> ofThisPortfolio = new java.util.HashSet<>();
        evidence.list(section.getPortfolioId()).forEach(e -> ofThisPortfolio.add(e.id()));
        int count = 0;
        for (UUID evidenceId : evidenceIds) {
            if (!ofThisPortfolio.contains(evidenceId)) {
                continue; // only this portfolio's own evidence can be linked
            }
            jdbc.sql("INSERT INTO section_evidence (section_id, evidence_id) VALUES (?, ?)")
                    .params(section.getId(), evidenceId).update();
            count++;
        }
        return count;
    }
}
