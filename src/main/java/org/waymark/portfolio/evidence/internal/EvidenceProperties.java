package org.waymark.portfolio.evidence.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code waymark.evidence.*}: the largest file accepted (ALT: 25 MB) and the folder files are kept in. */
@ConfigurationProperties("waymark.evidence")
public record EvidenceProperties(DataSize maxSize, Path storagePath) {

    public EvidenceProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(25) : maxSize;
        storagePath = storagePath == null ? Path.of("data", "evidence") : storagePath;
    }
}
