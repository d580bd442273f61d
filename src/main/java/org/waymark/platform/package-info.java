/**
 * Platform plumbing every module may use and that uses no module: the {@link java.time.Clock}, one-node-at-a-time
 * job locks (ShedLock), identifier quoting, absolute links built from the configured base URL, and
 * {@link org.waymark.platform.AuditEvent}, which every module publishes and the audit module records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform (shared)")
package org.waymark.platform;
