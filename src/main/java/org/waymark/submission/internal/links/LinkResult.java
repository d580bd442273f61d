package org.waymark.submission.internal.links;

import java.time.Instant;
import java.util.UUID;

/**
 * One web link found in a submission and what its check found: {@code problem} is a sentence for people
 * ("Not found (404)", "No answer within 10 seconds", "Not checked: private network address"), null when the
 * link works; {@code finalUrl} is where its redirects ended (or the address that was refused).
 */
public record LinkResult(UUID id, String url, String foundIn, LinkStatus status, Integer httpStatus, String finalUrl,
                         String problem, int attempts, Instant checkedAt) {

    /** Whether the link led somewhere else before it answered. */
    public boolean redirected() {
        return finalUrl != null && !finalUrl.equals(url);
    }
}
