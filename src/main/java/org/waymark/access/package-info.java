/**
 * Who may do what on which object. The one place that answers "may person P do A on object O?",
 * from roles plus grant rows that other modules write. Reads no other module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.waymark.access;
