package org.waymark.portfolio;

import org.springframework.core.io.InputStreamSource;

/**
 * An evidence file as a snapshot froze it: what a page needs to send it (name, type, size) and its bytes, opened
 * when the page asks ({@link InputStreamSource#getInputStream()} throws if the store has lost the file).
 */
public record SnapshotFile(String fileName, String contentType, long sizeBytes, InputStreamSource content) {
}
