package org.waymark.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.waymark.portfolio.Portfolios;
import org.waymark.portfolio.SnapshotFile;

/**
 * A page that shows a snapshot through {@code portfolio/snapshot.html} and serves its files, as the submission
 * module's pages will (without their permission checks). Only in tests that {@code @Import} it.
 */
@TestComponent
@Controller
public class SnapshotTestPage {

    private final Portfolios portfolios;

    SnapshotTestPage(Portfolios portfolios) {
        this.portfolios = portfolios;
    }

    @GetMapping("/test/snapshots/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("view", portfolios.snapshotView(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("evidenceHref", "/test/snapshots/" + id + "/evidence");
        return "test/snapshot-page";
    }

    @GetMapping("/test/snapshots/{id}/evidence/{evidenceId}")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID evidenceId) throws IOException {
        SnapshotFile file = portfolios.snapshotFile(id, evidenceId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(file.content().getInputStream()));
    }
}
