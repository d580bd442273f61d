package org.waymark.portfolio.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.support.WaymarkTest;

/** A node checks at start-up that its evidence store is writable and is the store the other nodes use. */
@WaymarkTest
class EvidenceStoreCheckTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EvidenceStore sharedStore;

    @TempDir
    Path elsewhere;

    @Test
    void theStoreThisNodeStartedWithPassesTheCheck() {
        new EvidenceStoreCheck(sharedStore, jdbc, clock).afterSingletonsInstantiated();
    }

    @Test
    void aNodeWithItsOwnEmptyFolderRefusesToStartAndSaysWhy() throws IOException {
        EvidenceStore local = new FilesystemEvidenceStore(elsewhere.resolve("local"));

        assertThatThrownBy(() -> new EvidenceStoreCheck(local, jdbc, clock).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not the one this database's files are in")
                .hasMessageContaining(elsewhere.resolve("local").toString())
                .hasMessageContaining("WAYMARK_EVIDENCE_STORAGE_PATH");
    }

    @Test
    void theFirstNodeWritesTheMarkerThatLaterNodesLookFor() throws IOException {
        String original = jdbc.sql("SELECT marker_key FROM evidence_store").query(String.class).single();
        jdbc.sql("DELETE FROM evidence_store").update();
        try {
            firstAndLaterNodes();
        } finally {
            jdbc.sql("UPDATE evidence_store SET marker_key = ?").param(original).update();
        }
    }

    private void firstAndLaterNodes() throws IOException {
        Path shared = elsewhere.resolve("shared");
        new EvidenceStoreCheck(new FilesystemEvidenceStore(shared), jdbc, clock).afterSingletonsInstantiated();

        String marker = jdbc.sql("SELECT marker_key FROM evidence_store").query(String.class).single();
        assertThat(shared.resolve(marker)).exists();
        // a second node on the same folder starts; one on another folder does not
        new EvidenceStoreCheck(new FilesystemEvidenceStore(shared), jdbc, clock).afterSingletonsInstantiated();
        assertThatThrownBy(() -> new EvidenceStoreCheck(new FilesystemEvidenceStore(elsewhere.resolve("other")), jdbc, clock)
                .afterSingletonsInstantiated()).isInstanceOf(IllegalStateException.class);
        try (var files = Files.list(shared)) {
            assertThat(files.toList()).as("the write probe leaves nothing behind").hasSize(1);
        }
    }

    @Test
    void aStoreThatCannotBeWrittenStopsTheNodeWithAMessage() {
        EvidenceStore readOnly = new EvidenceStore() {
            @Override
            public void put(String key, InputStream content, long size) throws IOException {
                throw new java.nio.file.AccessDeniedException("/srv/evidence/" + key);
            }

            @Override
            public InputStream open(String key) throws IOException {
                throw new java.nio.file.NoSuchFileException(key);
            }

            @Override
            public void delete(String key) {
            }

            @Override
            public String toString() {
                return "folder /srv/evidence";
            }
        };

        assertThatThrownBy(() -> new EvidenceStoreCheck(readOnly, jdbc, clock).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("folder /srv/evidence cannot be written to");
    }
}
