package org.waymark.portfolio.evidence;

/**
 * A file kept in the evidence store for another module (a portfolio submitted as one file): the key to open it
 * again, the name it was uploaded with, the content type Waymark found in it, and its size. The caller keeps the key.
 */
public record StoredFile(String key, String fileName, String contentType, long sizeBytes) {
}
