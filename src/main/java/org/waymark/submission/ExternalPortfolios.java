package org.waymark.submission;

import java.util.List;
import java.util.UUID;

/** Portfolios written elsewhere, as other modules see them (assessors grade them beside the section map). */
public interface ExternalPortfolios {

    /** The section map of an external submission in the framework's order; empty for a portfolio written in Waymark. Permission checks are the caller's. */
    List<ExternalSection> sectionMap(UUID submissionId);
}
