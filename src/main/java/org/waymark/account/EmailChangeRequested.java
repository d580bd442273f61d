package org.waymark.account;

import java.util.UUID;

/**
 * Published when someone asks to move their account to a new address, before the new address is confirmed.
 * Carries no link: the confirmation link goes straight to the new address and is never stored in an event.
 */
public record EmailChangeRequested(UUID personId, String name, String currentEmail, String newEmail) {
}
