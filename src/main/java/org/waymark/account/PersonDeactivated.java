package org.waymark.account;

import java.util.UUID;

/** Published when an administrator deactivates an account: the person can no longer sign in. */
public record PersonDeactivated(UUID personId, String name, String email) {
}
