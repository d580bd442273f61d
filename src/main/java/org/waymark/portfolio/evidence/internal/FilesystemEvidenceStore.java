package org.waymark.portfolio.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Keeps each file as {@code <storage-path>/<key>}. A file is written to a temporary name in the same folder and
 * then moved into place atomically, so a reader never sees half a file and a failed upload leaves nothing behind.
 * Several nodes must mount the same folder (a shared volume); see {@link EvidenceStore}.
 */
public class FilesystemEvidenceStore implements EvidenceStore {

    private final Path root;

    public FilesystemEvidenceStore(Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
    }

    @Override
    public void put(String key, InputStream content, long size) throws IOException {
        Path target = resolve(key);
        Path temporary = Files.createTempFile(root, ".upload-", ".tmp");
        try {
            long copied = Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
            if (copied != size) {
                throw new IOException("Expected " + size + " bytes for " + key + " but received " + copied);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public String toString() {
        return "folder " + root;
    }

    /** Only UUIDs are keys: anything else is refused before it touches the file system. */
    private Path resolve(String key) {
        return root.resolve(UUID.fromString(key).toString());
    }
}
