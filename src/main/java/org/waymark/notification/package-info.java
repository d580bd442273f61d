/** Email through an outbox table, delivered by one node at a time; the demo mailbox when no SMTP is set. */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.waymark.notification;
