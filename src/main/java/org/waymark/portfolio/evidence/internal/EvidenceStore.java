package org.waymark.portfolio.evidence.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of evidence files live, by key. Keys are random UUIDs chosen by Waymark, never names a
 * person typed or uploaded, so no key can reach outside the store.
 * <p>
 * The implementation today is {@link FilesystemEvidenceStore}. When Waymark runs on several nodes they must all
 * see the same folder (a shared volume), or a file uploaded through one node is missing on the others. An
 * S3-compatible implementation comes later behind this same interface.
 */
public interface EvidenceStore {

    /** Keeps exactly {@code size} bytes from {@code content} under {@code key}; nothing is kept if that fails. */
    void put(String key, InputStream content, long size) throws IOException;

    /** The bytes kept under {@code key}; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** Forgets {@code key}; nothing happens if nothing is kept under it. */
    void delete(String key) throws IOException;
}
