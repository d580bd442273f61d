package org.waymark.submission.internal.links;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the link checks found, for the administrators' completeness check (read only). */
@Component
@Transactional(readOnly = true)
public class LinkReport {

    private final SubmissionLinks links;

    LinkReport(SubmissionLinks links) {
        this.links = links;
    }

    /** Every link found in the submission: broken and refused ones first, then those still waiting, then the rest. */
    public List<LinkResult> forSubmission(UUID submissionId) {
        return links.forSubmission(submissionId);
    }

    public LinkSummary summary(UUID submissionId) {
        return summaries(List.of(submissionId)).get(submissionId);
    }

    /** One summary per submission asked about (all zero for a submission without links), for a queue of many. */
    public Map<UUID, LinkSummary> summaries(Collection<UUID> submissionIds) {
        return links.summaries(submissionIds);
    }
}
