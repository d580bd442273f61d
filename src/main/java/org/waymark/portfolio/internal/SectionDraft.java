package org.waymark.portfolio.internal;

import java.util.Set;
import java.util.UUID;

/** What a save sends, before sanitising. {@code evidenceIds} null means "leave the links as they are". */
public record SectionDraft(String title, String description, String reflection, String evidence, Set<String> principles,
                           Set<UUID> evidenceIds) {
}
