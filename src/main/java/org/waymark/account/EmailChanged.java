package org.waymark.account;

import java.util.UUID;

/** Published when a person's account has moved to a new, confirmed email address. */
public record EmailChanged(UUID personId, String name, String oldEmail, String newEmail) {
}
