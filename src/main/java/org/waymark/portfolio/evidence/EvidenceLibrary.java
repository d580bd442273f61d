package org.waymark.portfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.portfolio.evidence.internal.ContentCheck;
import org.waymark.portfolio.evidence.internal.EvidenceItem;
import org.waymark.portfolio.evidence.internal.EvidenceItems;
import org.waymark.portfolio.evidence.internal.EvidenceStore;
import org.waymark.portfolio.evidence.internal.LinkCheck;
import org.waymark.platform.AuditEvent;
import org.waymark.portfolio.SnapshotFile;

/**
 * The evidence of a portfolio: what other modules and the evidence pages use. Checks every file and link before
 * keeping it, and keeps the table and the stored files in step: a file is stored before its row is written and
 * removed again if that transaction does not commit; a deleted item's file goes once the deletion has committed,
 * unless a portfolio snapshot refers to it: then it stays for the snapshot, exactly as it was.
 * Permission checks are the caller's: this facade trusts the portfolio id it is given.
 */
@Service
public class EvidenceLibrary {

    private static final Logger log = LoggerFactory.getLogger(EvidenceLibrary.class);
    static final String OBJECT_TYPE = "evidence";

    private final EvidenceItems items;
    private final EvidenceStore store;
    private final ContentCheck contentCheck;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceLibrary(EvidenceItems items, EvidenceStore store, ContentCheck contentCheck, ApplicationEventPublisher events,
                    PlatformTransactionManager transactionManager, JdbcClient jdbc, Clock clock) {
        this.items = items;
        this.jdbc = jdbc;
        this.store = store;
        this.contentCheck = contentCheck;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The portfolio's evidence, oldest first. */
    public List<EvidenceSummary> list(UUID portfolioId) {
        return items.findByPortfolioIdOrderByCreatedAtAscIdAsc(portfolioId).stream().map(EvidenceItem::summary).toList();
    }

    public Optional<EvidenceSummary> find(UUID id) {
        return items.findById(id).map(EvidenceItem::summary);
    }

    /** The largest file accepted, in bytes (for the page's own check before an upload starts). */
    public long maxFileBytes() {
        return contentCheck.limitBytes();
    }

    /** The largest file accepted, as people write it ("25 MB"). */
    public String maxFileSize() {
        return contentCheck.limit();
    }

    /**
     * Keeps a file after checking its size and what its content really is, and that an image, audio or video has
     * alternative text or a transcript.
     *
     * @throws EvidenceRefusedException naming the field to correct
     */
    public EvidenceSummary addFile(UUID portfolioId, UUID actorId, String fileName, long sizeBytes,
                                   InputStreamSource content, EvidenceDetails details) {
        EvidenceDetails clean = checkDetails(details);
        ContentCheck.Checked checked;
        try {
            checked = contentCheck.check(fileName, sizeBytes, content);
        } catch (EvidenceRefusedException refused) {
            uploadRefused(portfolioId, actorId, fileName, sizeBytes, refused.getMessage());
            throw refused;
        }
        accessibleTextMissing(checked.contentType(), clean.accessibleText()).ifPresent(needed -> {
            throw new EvidenceRefusedException("accessibleText", needed);
        });
        String key = UUID.randomUUID().toString();
        try (InputStream in = content.getInputStream()) {
            store.put(key, in, sizeBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store evidence file", e);
        }
        try {
            return transactions.execute(status -> {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int outcome) {
                        if (outcome != STATUS_COMMITTED) {
                            deleteStored(key);
                        }
                    }
                });
                EvidenceItem item = items.save(EvidenceItem.file(portfolioId, key, cleanFileName(fileName),
                        checked.contentType(), sizeBytes, clean, clock.instant()));
                audit(actorId, "evidence.added", item, "file " + item.contentType() + ", " + sizeBytes + " bytes");
                return item.summary();
            });
        } catch (RuntimeException e) {
            deleteStored(key);
            throw e;
        }
    }

    /**
     * What stops this file being kept, by field ("file", or "accessibleText" for an image, audio or video without
     * it); empty when nothing does. A form asks this beside its other checks, to list every problem at once.
     */
    public Map<String, String> fileProblems(String fileName, long sizeBytes, InputStreamSource content, String accessibleText) {
        try {
            ContentCheck.Checked checked = contentCheck.check(fileName, sizeBytes, content);
            return accessibleTextMissing(checked.contentType(), accessibleText)
                    .map(needed -> Map.of("accessibleText", needed)).orElse(Map.of());
        } catch (EvidenceRefusedException refused) {
            return Map.of(refused.field(), refused.getMessage());
        }
    }

    /**
     * The message when a file of this type needs alternative text or a transcript and {@code accessibleText} is
     * blank; empty otherwise (documents, links, or text given).
     */
    public static Optional<String> accessibleTextMissing(String contentType, String accessibleText) {
        if (contentType == null || blankToNull(accessibleText) != null) {
            return Optional.empty();
        }
        return Optional.ofNullable(ContentCheck.accessibleTextNeeded(ContentCheck.categoryOf(contentType)));
    }

    /** Keeps a link to evidence elsewhere; the address is checked for form, never fetched. */
    public EvidenceSummary addLink(UUID portfolioId, UUID actorId, String url, EvidenceDetails details) {
        EvidenceDetails clean = checkDetails(details);
        String checkedUrl = LinkCheck.check(url);
        return transactions.execute(status -> {
            EvidenceItem item = items.save(EvidenceItem.link(portfolioId, checkedUrl, clean, clock.instant()));
            audit(actorId, "evidence.added", item, "link");
            return item.summary();
        });
    }

    /**
     * New title, description, alternative text and permission; a new address for a link ({@code url} is ignored
     * for files). A file's content cannot change: delete the item and add the new file.
     */
    public EvidenceSummary update(UUID id, UUID actorId, EvidenceDetails details, String url) {
        EvidenceDetails clean = checkDetails(details);
        return transactions.execute(status -> {
            EvidenceItem item = items.findById(id).orElseThrow(() -> new IllegalArgumentException("No evidence " + id));
            String checkedUrl = item.kind() == EvidenceKind.LINK ? LinkCheck.check(url) : null;
            if (item.kind() == EvidenceKind.FILE) {
                accessibleTextMissing(item.contentType(), clean.accessibleText()).ifPresent(needed -> {
                    throw new EvidenceRefusedException("accessibleText", needed);
                });
            }
            EvidenceItem saved = items.save(item.describe(clean, checkedUrl));
            audit(actorId, "evidence.updated", saved, null);
            return saved.summary();
        });
    }

    /** Deletes the item, and its stored file once the deletion has committed (unless a snapshot refers to it). */
    public void delete(UUID id, UUID actorId) {
        transactions.executeWithoutResult(status -> items.findById(id).ifPresent(item -> {
            items.delete(item);
            deleteFileAfterCommit(item);
            audit(actorId, "evidence.deleted", item, null);
        }));
    }

    /**
     * Deletes all of a portfolio's evidence, and the files no snapshot refers to; the portfolio module calls this
     * before deleting a portfolio.
     */
    public void deleteAllFor(UUID portfolioId) {
        transactions.executeWithoutResult(status -> {
            List<EvidenceItem> all = items.findByPortfolioIdOrderByCreatedAtAscIdAsc(portfolioId);
            items.deleteAll(all);
            all.forEach(this::deleteFileAfterCommit);
        });
    }

    /** The stored bytes of a file item; the caller closes the stream. */
    public InputStream openFile(UUID id) throws IOException {
        EvidenceItem item = items.findById(id).filter(i -> i.storageKey() != null)
                .orElseThrow(() -> new IllegalArgumentException("No evidence file " + id));
        return store.open(item.storageKey());
    }

    /**
     * A file as a snapshot froze it, for a page that has already checked that its reader may see the snapshot: its
     * name, type and size as they were, and its bytes from the store (kept for the snapshot even if the candidate
     * has since deleted the item). Empty if the snapshot has no file item of that id. Opening the content throws
     * {@link IOException} if the store has lost the file.
     */
    public Optional<SnapshotFile> openSnapshotFile(UUID snapshotId, UUID evidenceId) {
        return jdbc.sql("SELECT storage_key, file_name, content_type, size_bytes FROM snapshot_evidence "
                        + "WHERE snapshot_id = ? AND evidence_id = ? AND storage_key IS NOT NULL")
                .params(snapshotId, evidenceId)
                .query((rs, row) -> {
                    String key = rs.getString("storage_key");
                    return new SnapshotFile(rs.getString("file_name"), rs.getString("content_type"),
                            rs.getLong("size_bytes"), () -> store.open(key));
                })
                .optional();
    }

    /**
     * Records in the audit trail that a file was refused by its size or content (what was sent, and why), so that
     * an administrator can see attempts to upload what Waymark does not keep.
     */
    public void uploadRefused(UUID portfolioId, UUID actorId, String fileName, long sizeBytes, String reason) {
        String name = fileName == null || fileName.isBlank() ? "a file" : cleanFileName(fileName);
        events.publishEvent(new AuditEvent(actorId, "evidence.upload-refused", "portfolio", portfolioId.toString(),
                name + " (" + (sizeBytes < 0 ? "size unknown" : sizeBytes + " bytes") + "): " + reason));
    }

    private void audit(UUID actorId, String action, EvidenceItem item, String more) {
        String detail = "portfolio " + item.portfolioId() + ": " + item.title() + (more == null ? "" : " (" + more + ")");
        events.publishEvent(new AuditEvent(actorId, action, OBJECT_TYPE, item.id().toString(), detail));
    }

    /**
     * Deletes the item's file once the deletion commits, unless a snapshot refers to it. Asked after the item's row
     * is deleted: a freeze locks the rows it copies, so one that copied this item has committed by now and is seen.
     */
    private void deleteFileAfterCommit(EvidenceItem item) {
        if (item.storageKey() == null || pinned(item.storageKey())) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteStored(item.storageKey());
                }
            });
        } else {
            deleteStored(item.storageKey());
        }
    }

    /** Whether a snapshot refers to the file kept under this key (it is then kept, for as long as the snapshot is). */
    private boolean pinned(String storageKey) {
        return jdbc.sql("SELECT COUNT(*) FROM snapshot_evidence WHERE storage_key = ?").param(storageKey)
                .query(Long.class).single() > 0;
    }

    private void deleteStored(String key) {
        try {
            store.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete stored evidence file {}: {}", key, e.toString());
        }
    }

    private static EvidenceDetails checkDetails(EvidenceDetails details) {
        String title = blankToNull(details.title());
        if (title == null) {
            throw new EvidenceRefusedException("title", "Enter a title");
        }
        if (title.length() > 200) {
            throw new EvidenceRefusedException("title", "The title must be 200 characters or fewer");
        }
        String description = blankToNull(details.description());
        if (description != null && description.length() > 2000) {
            throw new EvidenceRefusedException("description", "The description must be 2,000 characters or fewer");
        }
        String accessibleText = blankToNull(details.accessibleText());
        if (accessibleText != null && accessibleText.length() > 20000) {
            throw new EvidenceRefusedException("accessibleText", "The alternative text or transcript must be 20,000 characters or fewer");
        }
        if (!details.permissionConfirmed()) {
            throw new EvidenceRefusedException("permissionConfirmed",
                    "Confirm that the evidence is anonymised or used with permission");
        }
        return new EvidenceDetails(title, description, accessibleText, true);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Browsers may send a path ("C:\fakepath\report.pdf"); keep the last part, without control characters. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        return name.isEmpty() ? "evidence" : name;
    }
}
