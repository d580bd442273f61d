package org.waymark.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file sent back as a download: its own content type and length, an attachment with its file name (quoted
 * and encoded by {@link ContentDisposition}, so no name breaks the header), {@code nosniff} so a browser never
 * runs it as something else, privately cacheable only, and streamed from the store rather than read into memory.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static ResponseEntity<InputStreamResource> of(String fileName, String contentType, long sizeBytes,
                                                         InputStream content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(sizeBytes)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.empty().cachePrivate())
                .body(new InputStreamResource(content));
    }
}
