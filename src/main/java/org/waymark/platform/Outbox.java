package org.waymark.platform;

/**
 * Queues an email in the caller's transaction; the notification module delivers it. Only for an email whose
 * link carries a secret (a verification or reset link), which must not pass through an event because events are
 * stored. Every other email follows an event the notification module listens to (ADR 0005).
 * <p>
 * It lives here, not in notification, so that a module can send such a link and still publish events that
 * notification listens to without the two modules depending on each other.
 */
public interface Outbox {

    void send(String recipient, String subject, String body);
}
