package org.waymark.submission.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.waymark.portfolio.SnapshotFile;
import org.waymark.web.FileDownload;

/** An evidence file of a submission's snapshot, as it was frozen, for the candidate's and the administrators' pages alike. */
final class SnapshotFiles {

    private static final Logger log = LoggerFactory.getLogger(SnapshotFiles.class);

    private SnapshotFiles() {
    }

    /** The file as a download; 404 if the store no longer has it (logged: the store and the database disagree). */
    static ResponseEntity<InputStreamResource> download(SnapshotFile file, UUID submissionId, UUID evidenceId) {
        InputStream content;
        try {
            content = file.content().getInputStream();
        } catch (IOException e) {
            log.error("Evidence file {} of submission {} is missing from the store: {}", evidenceId, submissionId, e.toString());
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The file is missing from the evidence store");
        }
        return FileDownload.of(file.fileName(), file.contentType(), file.sizeBytes(), content);
    }
}
