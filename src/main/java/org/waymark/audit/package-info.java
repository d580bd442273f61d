/** The append-only audit trail: it only listens. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.waymark.audit;
