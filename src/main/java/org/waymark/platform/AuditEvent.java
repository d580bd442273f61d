package org.waymark.platform;

import java.util.UUID;

/**
 * A decision worth keeping in the audit trail. Modules publish it; the audit module records it in the same
 * transaction as the decision, so the trail can never miss one that happened.
 */
public record AuditEvent(UUID actorId, String action, String objectType, String objectId, String detail) {
}
