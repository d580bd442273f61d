package org.waymark.portfolio.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemEvidenceStoreTests {

    @TempDir
    Path folder;

    @Test
    void keepsReturnsAndForgetsBytesByKey() throws IOException {
        FilesystemEvidenceStore store = new FilesystemEvidenceStore(folder);
        String key = UUID.randomUUID().toString();
        store.put(key, new ByteArrayInputStream(new byte[]{1, 2, 3}), 3);
        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        store.delete(key);
        assertThat(folder.resolve(key)).doesNotExist();
    }

    @Test
    void leavesNothingBehindWhenTheSizeIsWrongAndRefusesKeysThatAreNotUuids() throws IOException {
        FilesystemEvidenceStore store = new FilesystemEvidenceStore(folder);
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(new byte[]{1, 2}), 3)).isInstanceOf(IOException.class);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThatThrownBy(() -> store.open("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
