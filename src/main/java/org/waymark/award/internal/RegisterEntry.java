package org.waymark.award.internal;

import java.util.List;
import java.util.UUID;

import org.waymark.award.Award;
import org.waymark.award.Listing;

/** One result of a register search: what anyone allowed to see the entry sees, and nothing private. */
public record RegisterEntry(UUID awardId, String holderName, String pathwayKey, List<String> specialisms, String sector,
                            String jobRole, String portfolioUrl, Listing.Visibility visibility, String verificationToken,
                            String certificateNumber, Award.Standing standing) {
}
