package org.waymark.account;

import java.util.Set;
import java.util.UUID;

/** What other modules may know about a person. */
public record PersonSummary(UUID id, String name, String email, boolean emailVerified, boolean active,
                            Set<Role> roles, String institution, String jobTitle, Integer yearsExperience) {
}
