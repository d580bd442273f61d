package org.waymark.portfolio.evidence.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stops a node at start-up whose evidence store is not writable, or is not the store the other nodes use.
 * <p>
 * The first node to start on a database writes a marker object into its store and records the marker's key in
 * {@code evidence_store}. Every later node (and every restart) must find that marker in its own store: a node
 * whose folder is a local directory instead of the shared volume does not, and refuses to start with a message
 * that says so, instead of answering downloads of other nodes' files with errors. The check goes through the
 * {@link EvidenceStore} interface only, so it holds for any implementation of it.
 */
@Component
class EvidenceStoreCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStoreCheck.class);
    private static final byte[] MARKER = "Waymark evidence store marker: keep this file with the evidence files.\n"
            .getBytes(StandardCharsets.UTF_8);

    private final EvidenceStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceStoreCheck(EvidenceStore store, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        checkWritable();
        String marker = recordedMarker().orElseGet(this::writeMarker);
        if (!holds(marker)) {
            throw new IllegalStateException("The evidence store " + store + " is not the one this database's files are in: "
                    + "it has no marker object " + marker + ", which the first Waymark node wrote there. Every node must "
                    + "use the same shared store (mount the shared folder at WAYMARK_EVIDENCE_STORAGE_PATH). If you moved "
                    + "the evidence files on purpose, move the marker with them.");
        }
        log.info("Evidence store {} checked: writable, and the shared store of this database", store);
    }

    private void checkWritable() {
        String probe = UUID.randomUUID().toString();
        try {
            store.put(probe, new ByteArrayInputStream(MARKER), MARKER.length);
            try (InputStream back = store.open(probe)) {
                if (!Arrays.equals(back.readAllBytes(), MARKER)) {
                    throw new IOException("a file written there read back differently");
                }
            }
            store.delete(probe);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The evidence store " + store + " cannot be written to: " + e.getMessage()
                    + ". Check that it exists and that Waymark's user may write to it (WAYMARK_EVIDENCE_STORAGE_PATH).", e);
        }
    }

    private Optional<String> recordedMarker() {
        return jdbc.sql("SELECT marker_key FROM evidence_store WHERE id = 1").query(String.class).optional();
    }

    /** The first node: writes a marker and records it. If another node won the race, its marker counts. */
    private String writeMarker() {
        String marker = UUID.randomUUID().toString();
        try {
            store.put(marker, new ByteArrayInputStream(MARKER), MARKER.length);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the marker to the evidence store " + store + ": " + e.getMessage(), e);
        }
        try {
            jdbc.sql("INSERT INTO evidence_store (id, marker_key, created_at) VALUES (1, ?, ?)")
                    .params(marker, Timestamp.from(clock.instant())).update();
            return marker;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            try {
                store.delete(marker);
            } catch (IOException ignored) {
                // a stray marker of a few bytes harms nothing
            }
            return recordedMarker().orElseThrow();
        }
    }

    private boolean holds(String marker) {
        try (InputStream in = store.open(marker)) {
            return in.read() >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
