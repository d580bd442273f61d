package org.waymark.account;

import java.util.UUID;

/** Published when someone who signed up confirms their email address: their account is ready to use. */
public record PersonVerified(UUID personId, String name, String email) {
}
