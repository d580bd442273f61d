package org.waymark.account;

import java.util.UUID;

/** Published when someone signs up or is created by an administrator. */
public record PersonRegistered(UUID personId, String email) {
}
