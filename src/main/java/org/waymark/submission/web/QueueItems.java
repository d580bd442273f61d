package org.waymark.submission.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.waymark.account.People;
import org.waymark.framework.Framework;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.framework.Pathway;
import org.waymark.submission.internal.DecisionTarget;
import org.waymark.submission.internal.SubmissionQueue;

/** Names the candidates (one query for the whole list) and pathways, and measures each wait against the target. */
@Component
class QueueItems {

    private final People people;
    private final FrameworkCatalogue catalogue;
    private final DecisionTarget target;
    private final Clock clock;

    QueueItems(People people, FrameworkCatalogue catalogue, DecisionTarget target, Clock clock) {
        this.people = people;
        this.catalogue = catalogue;
        this.target = target;
        this.clock = clock;
    }

    List<QueueItem> of(List<SubmissionQueue.Row> rows) {
        Instant now = clock.instant();
        Map<UUID, People.Name> names = people.names(rows.stream().map(SubmissionQueue.Row::candidateId).toList());
        Map<String, String> pathways = pathwayNames();
        return rows.stream().map(row -> new QueueItem(row, names.get(row.candidateId()),
                pathways.getOrDefault(row.pathway(), row.pathway()), target.daysSince(row.submittedAt(), now),
                target.dueBy(row.submittedAt()), target.pastTarget(row.submittedAt(), row.waiting(), now))).toList();
    }

    /** Every pathway of every framework version, by key, with its current name. */
    Map<String, String> pathwayNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Pathway p : catalogue.current().pathways()) {
            names.put(p.key(), p.name());
        }
        for (Framework framework : catalogue.all()) {
            framework.pathways().forEach(p -> names.putIfAbsent(p.key(), p.name()));
        }
        return names;
    }
}
