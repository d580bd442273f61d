package org.waymark.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.portfolio.PortfolioSnapshot;
import org.waymark.portfolio.SnapshotFile;
import org.waymark.portfolio.SnapshotView;
import org.waymark.portfolio.evidence.EvidenceDetails;
import org.waymark.portfolio.evidence.EvidenceLibrary;
import org.waymark.portfolio.evidence.EvidenceSummary;
import org.waymark.portfolio.evidence.internal.EvidenceStore;
import org.waymark.support.WaymarkTest;

/**
 * Freezing a portfolio into a snapshot: what it copies, that nothing done to the live portfolio afterwards reaches it,
 * that the files it refers to outlive their deletion, and that a held snapshot keeps its portfolio from deletion.
 */
@WaymarkTest(properties = "waymark.evidence.storage-path=target/test-evidence/${random.uuid}")
class SnapshotTests {

    private static final Logger log = LoggerFactory.getLogger(SnapshotTests.class);

    @Autowired
    PortfolioService service;
    @Autowired
    EvidenceLibrary library;
    @Autowired
    EvidenceStore store;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    UUID owner;
    UUID portfolio;

    @BeforeEach
    void aCandidateWithAPortfolio() {
        owner = people.createVerified("Candidate " + UUID.randomUUID(), UUID.randomUUID() + "@example.org",
                "a-long-password-1", Role.CANDIDATE).id();
        portfolio = service.start(owner, "cmalt");
    }

    private EvidenceSummary file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return library.addFile(portfolio, owner, name, bytes.length, new ByteArrayResource(bytes),
                new EvidenceDetails("File " + name, "What " + name + " shows", null, true));
    }

    private EvidenceSummary link(String url) {
        return library.addLink(portfolio, owner, url, new EvidenceDetails("Link " + url, null, null, true));
    }

    private PortfolioSection section(String key) {
        return service.sections(portfolio).stream().filter(s -> s.getSectionKey().equals(key)).findFirst().orElseThrow();
    }

    private void save(String key, String text, Set<String> principles, Set<UUID> evidence) {
        PortfolioSection section = section(key);
        SaveOutcome outcome = service.save(owner, section.getId(),
                new SectionDraft(null, "<p>" + text + " described</p>", "<p>" + text + " reflected</p>",
                        "<p>" + text + " evidenced</p>", principles, evidence), section.getVersion(), SaveMode.SAVE);
        assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
    }

    private String storageKey(UUID evidenceId) {
        return jdbc.sql("SELECT storage_key FROM evidence_item WHERE id = ?").param(evidenceId).query(String.class).single();
    }

    private static String read(SnapshotFile file) throws IOException {
        try (InputStream in = file.content().getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private boolean stored(String key) {
        try (InputStream in = store.open(key)) {
            return true;
        } catch (IOException gone) {
            return false;
        }
    }

    @Test
    void aFreezeCopiesEverySectionTheEvidenceAndItsLinksTheFrameworkVersionAndTheConfirmation() {
        EvidenceSummary report = file("report.txt", "the report");
        EvidenceSummary site = link("https://example.org/course");
        save("1a", "Constraints", Set.of("explore", "communicate"), Set.of(report.id(), site.id()));
        save("2a", "Teaching", Set.of(), Set.of(site.id()));
        service.confirm(portfolio, true, "Ada Assessor", "ada@example.org");

        UUID id = service.freeze(portfolio);
        PortfolioSnapshot snapshot = service.snapshot(id).orElseThrow();

        assertThat(snapshot.portfolioId()).isEqualTo(portfolio);
        assertThat(snapshot.ownerId()).isEqualTo(owner);
        assertThat(snapshot.pathwayKey()).isEqualTo("cmalt");
        assertThat(snapshot.frameworkVersion()).isEqualTo("2026.1");
        assertThat(snapshot.held()).isTrue();
        assertThat(snapshot.declarationSignedAt()).isNotNull();
        assertThat(snapshot.suggestedAssessorName()).isEqualTo("Ada Assessor");
        assertThat(snapshot.suggestedAssessorEmail()).isEqualTo("ada@example.org");
        List<PortfolioSection> live = service.sections(portfolio);
        assertThat(snapshot.sections()).extracting(PortfolioSnapshot.Section::sectionId)
                .containsExactlyElementsOf(live.stream().map(PortfolioSection::getId).toList());
        assertThat(snapshot.sections()).extracting(PortfolioSnapshot.Section::position).isSorted();
        PortfolioSnapshot.Section constraints = snapshot.sections().stream().filter(s -> s.sectionKey().equals("1a")).findFirst().orElseThrow();
        assertThat(constraints.label()).isEqualTo("1a");
        assertThat(constraints.description()).isEqualTo(section("1a").getDescription());
        assertThat(constraints.reflection()).contains("Constraints reflected");
        assertThat(constraints.evidence()).contains("Constraints evidenced");
        assertThat(constraints.principles()).containsExactlyInAnyOrder("explore", "communicate");
        assertThat(constraints.evidenceIds()).containsExactly(report.id(), site.id()); // oldest first
        assertThat(snapshot.sections().stream().filter(s -> s.sectionKey().equals("2a")).findFirst().orElseThrow().evidenceIds())
                .containsExactly(site.id());
        assertThat(snapshot.evidence()).extracting(PortfolioSnapshot.Evidence::evidenceId).containsExactly(report.id(), site.id());
        PortfolioSnapshot.Evidence frozenReport = snapshot.evidence().getFirst();
        assertThat(frozenReport.kind()).isEqualTo("FILE");
        assertThat(frozenReport.fileName()).isEqualTo("report.txt");
        assertThat(frozenReport.storageKey()).isEqualTo(storageKey(report.id()));
        assertThat(frozenReport.sizeBytes()).isEqualTo(10L);
        assertThat(frozenReport.description()).isEqualTo("What report.txt shows");
        PortfolioSnapshot.Evidence frozenSite = snapshot.evidence().get(1);
        assertThat(frozenSite.kind()).isEqualTo("LINK");
        assertThat(frozenSite.url()).isEqualTo("https://example.org/course");
        assertThat(frozenSite.sizeBytes()).isNull();
    }

    @Test
    void editingTheLivePortfolioAfterwardsLeavesTheSnapshotExactlyAsFrozen() throws IOException {
        EvidenceSummary report = file("report.txt", "the report");
        EvidenceSummary notes = file("notes.txt", "my notes");
        EvidenceSummary site = link("https://example.org/course");
        save("1a", "Constraints", Set.of("explore"), Set.of(report.id(), notes.id(), site.id()));
        service.confirm(portfolio, true, "Ada Assessor", "ada@example.org");
        UUID id = service.freeze(portfolio);
        PortfolioSnapshot frozen = service.snapshot(id).orElseThrow();

        save("1a", "Rewritten", Set.of("communicate"), Set.of(site.id()));
        save("context", "New context", Set.of(), Set.of());
        library.update(site.id(), owner, new EvidenceDetails("Renamed", "New words", null, true), "https://example.org/moved");
        library.update(notes.id(), owner, new EvidenceDetails("Renamed notes", null, null, true), null);
        library.delete(report.id(), owner);
        service.confirm(portfolio, false, null, null);

        assertThat(section("1a").getDescription()).contains("Rewritten");
        assertThat(library.find(site.id()).orElseThrow().url()).isEqualTo("https://example.org/moved");
        assertThat(library.find(report.id())).isEmpty();
        PortfolioSnapshot after = service.snapshot(id).orElseThrow();
        assertThat(after).isEqualTo(frozen);
        assertThat(after.sections().stream().filter(s -> s.sectionKey().equals("1a")).findFirst().orElseThrow().description())
                .contains("Constraints described");
        assertThat(after.evidence()).extracting(PortfolioSnapshot.Evidence::title)
                .containsExactly("File report.txt", "File notes.txt", "Link https://example.org/course");
        assertThat(read(service.snapshotFile(id, report.id()).orElseThrow())).isEqualTo("the report");
    }

    @Test
    void aDeletedItemsFileStaysWhileASnapshotRefersToItAndGoesWhenNoneDoes() throws IOException {
        EvidenceSummary frozenItem = file("frozen.txt", "frozen bytes");
        UUID id = service.freeze(portfolio);
        EvidenceSummary laterItem = file("later.txt", "later bytes");
        String frozenKey = storageKey(frozenItem.id());
        String laterKey = storageKey(laterItem.id());

        library.delete(frozenItem.id(), owner);
        library.delete(laterItem.id(), owner);

        assertThat(stored(frozenKey)).isTrue();
        assertThat(stored(laterKey)).isFalse();
        SnapshotFile file = service.snapshotFile(id, frozenItem.id()).orElseThrow();
        assertThat(file.fileName()).isEqualTo("frozen.txt");
        assertThat(file.contentType()).isEqualTo("text/plain");
        assertThat(file.sizeBytes()).isEqualTo(12);
        assertThat(read(file)).isEqualTo("frozen bytes");
        assertThat(service.snapshotFile(id, laterItem.id())).isEmpty();
    }

    @Test
    void aLinkOrAnotherSnapshotsItemIsNoFileOfThisSnapshot() {
        EvidenceSummary site = link("https://example.org/course");
        UUID id = service.freeze(portfolio);
        EvidenceSummary report = file("report.txt", "the report");
        UUID second = service.freeze(portfolio);

        assertThat(service.snapshotFile(id, site.id())).isEmpty();
        assertThat(service.snapshotFile(id, report.id())).isEmpty();
        assertThat(service.snapshotFile(second, report.id())).isPresent();
        assertThat(service.snapshotFile(UUID.randomUUID(), report.id())).isEmpty();
    }

    @Test
    void aPortfolioWhoseSnapshotIsHeldCannotBeDeletedUntilItIsReleased() throws IOException {
        EvidenceSummary frozenItem = file("frozen.txt", "frozen bytes");
        UUID id = service.freeze(portfolio);
        EvidenceSummary laterItem = file("later.txt", "later bytes");
        String frozenKey = storageKey(frozenItem.id());
        String laterKey = storageKey(laterItem.id());

        assertThat(service.held(portfolio)).isTrue();
        assertThatThrownBy(() -> service.delete(owner, service.portfolio(portfolio)))
                .isInstanceOf(PortfolioHeldException.class)
                .hasMessageContaining("You cannot delete this portfolio while a submission of it is in progress");
        assertThat(service.findPortfolio(portfolio)).isPresent();
        assertThat(library.list(portfolio)).hasSize(2);

        service.release(id);
        assertThat(service.held(portfolio)).isFalse();
        assertThat(service.snapshot(id).orElseThrow().held()).isFalse();
        service.delete(owner, service.portfolio(portfolio));

        assertThat(service.findPortfolio(portfolio)).isEmpty();
        assertThat(stored(laterKey)).isFalse();
        assertThat(stored(frozenKey)).isTrue();
        PortfolioSnapshot snapshot = service.snapshot(id).orElseThrow();
        assertThat(snapshot.sections()).hasSize(11);
        assertThat(read(service.snapshotFile(id, frozenItem.id()).orElseThrow())).isEqualTo("frozen bytes");
    }

    @Test
    void anotherHeldSnapshotStillHoldsThePortfolioWhenOneIsReleased() {
        UUID first = service.freeze(portfolio);
        service.freeze(portfolio);
        service.release(first);
        assertThat(service.held(portfolio)).isTrue();
    }

    @Test
    void unknownPortfoliosAndSnapshotsAreNotFound() {
        assertThatThrownBy(() -> service.freeze(UUID.randomUUID())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> service.release(UUID.randomUUID())).isInstanceOf(NoSuchElementException.class);
        assertThat(service.snapshot(UUID.randomUUID())).isEmpty();
        assertThat(service.snapshotView(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theViewGivesEachSectionItsHeadingFromTheFrameworkVersionAndItsEvidence() {
        EvidenceSummary report = file("report.txt", "the report");
        save("1a", "Constraints", Set.of("explore", "communicate"), Set.of(report.id()));
        PortfolioSection specialist = section("specialist");
        service.save(owner, specialist.getId(), new SectionDraft("Accessibility", "<p>d</p>", "<p>r</p>", "<p>e</p>",
                Set.of(), Set.of()), specialist.getVersion(), SaveMode.SAVE);

        SnapshotView view = service.snapshotView(service.freeze(portfolio)).orElseThrow();

        assertThat(view.pathway().name()).isEqualTo("CMALT");
        assertThat(view.sections()).extracting(SnapshotView.Section::heading).containsExactly(
                "Contextual statement",
                "1a An understanding of the constraints and benefits of different technologies",
                "1b Technical knowledge and ability in the use of learning technology",
                "1c Supporting the deployment of learning technologies",
                "2a An understanding of teaching, learning and/or assessment processes",
                "2b An understanding of your target learners",
                "3a Understanding and engaging with legislation",
                "3b Policies and standards",
                "4a Communication and working with others",
                "5a Specialist area: Accessibility",
                "Future plans");
        SnapshotView.Section constraints = view.sections().get(1);
        assertThat(constraints.assessed()).isTrue();
        assertThat(view.sections().getFirst().assessed()).isFalse();
        assertThat(constraints.principlesClaimed()).hasSize(2);
        assertThat(constraints.evidence()).extracting(PortfolioSnapshot.Evidence::fileName).containsExactly("report.txt");
    }

    @Test
    void aSeniorPortfolioOfThirteenSectionsAndAHundredEvidenceItemsFreezesWhole() {
        UUID senior = service.start(owner, "senior"); // two specialist areas and one advanced: 13 sections
        List<UUID> sectionIds = service.sections(senior).stream().map(PortfolioSection::getId).toList();
        assertThat(sectionIds).hasSize(13);
        List<UUID> evidenceIds = new ArrayList<>();
        Instant now = Instant.parse("2026-11-30T09:00:00Z");
        int links = 0;
        for (int i = 0; i < 100; i++) {
            UUID id = UUID.randomUUID();
            evidenceIds.add(id);
            jdbc.sql("INSERT INTO evidence_item (id, portfolio_id, kind, title, storage_key, file_name, content_type, size_bytes, "
                            + "permission_confirmed, created_at, version) VALUES (?, ?, 'FILE', ?, ?, ?, 'application/pdf', ?, TRUE, ?, 0)")
                    .params(id, senior, "Evidence " + i, UUID.randomUUID().toString(), "evidence-" + i + ".pdf", 25L * 1024 * 1024,
                            Timestamp.from(now.plusSeconds(i))).update();
            jdbc.sql("INSERT INTO section_evidence (section_id, evidence_id) VALUES (?, ?)").params(sectionIds.get(i % 13), id).update();
            links++;
        }
        for (int s = 1; s < 13; s++) { // the first item is linked from every section
            jdbc.sql("INSERT INTO section_evidence (section_id, evidence_id) VALUES (?, ?)").params(sectionIds.get(s), evidenceIds.getFirst()).update();
            links++;
        }

        long started = System.nanoTime();
        UUID id = service.freeze(senior);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Froze a portfolio of 13 sections, 100 evidence items and {} links in {} ms", links, millis);

        assertThat(count("snapshot_section", id)).isEqualTo(13);
        assertThat(count("snapshot_evidence", id)).isEqualTo(100);
        assertThat(count("snapshot_section_evidence", id)).isEqualTo(links);
        PortfolioSnapshot snapshot = service.snapshot(id).orElseThrow();
        assertThat(snapshot.evidence()).extracting(PortfolioSnapshot.Evidence::evidenceId).containsExactlyElementsOf(evidenceIds);
        assertThat(snapshot.sections().stream().mapToInt(s -> s.evidenceIds().size()).sum()).isEqualTo(links);
        assertThat(snapshot.evidence()).allSatisfy(e -> assertThat(e.sizeBytes()).isEqualTo(25L * 1024 * 1024));
    }

    private long count(String table, UUID snapshotId) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE snapshot_id = ?").param(snapshotId).query(Long.class).single();
    }
}
