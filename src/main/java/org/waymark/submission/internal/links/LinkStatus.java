package org.waymark.submission.internal.links;

/**
 * Where a link's check stands. PENDING: not checked yet, or checked once or twice with a failure that may pass
 * (a timeout, a server error) and waiting for its next attempt. REFUSED: never fetched, because it (or a redirect
 * it led to) names a private network address or is not a web address.
 */
public enum LinkStatus {
    PENDING, OK, BROKEN, REFUSED
}
