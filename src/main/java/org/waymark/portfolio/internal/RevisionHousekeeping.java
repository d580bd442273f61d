package org.waymark.portfolio.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prunes automatic revisions once they are older than {@link AutomaticRevisions#KEPT_FOR_AT_LEAST} and not among
 * the newest {@link AutomaticRevisions#NEWEST_ALWAYS_KEPT} automatic revisions of their section. Revisions a
 * person asked for (Save, restore, conflicts, copies) are never pruned. One node at a time: the lock is held at
 * least a minute, so a second node whose clock is a little behind does not run the same job again.
 */
@Component
class RevisionHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(RevisionHousekeeping.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    RevisionHousekeeping(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${waymark.revisions.housekeeping-cron:0 43 3 * * *}")
    @SchedulerLock(name = "revision-housekeeping", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void prune() {
        List<String> automatic = Arrays.stream(SectionRevision.Kind.values()).filter(SectionRevision.Kind::automatic)
                .map(Enum::name).toList();
        int pruned = jdbc.sql("""
                        DELETE FROM section_revision WHERE id IN (
                            SELECT id FROM (
                                SELECT id, created_at,
                                       ROW_NUMBER() OVER (PARTITION BY section_id ORDER BY created_at DESC, id DESC) AS newest
                                FROM section_revision WHERE kind IN (:automatic)
                            ) ranked
                            WHERE ranked.newest > :alwaysKept AND ranked.created_at < :keptSince)
                        """)
                .param("automatic", automatic)
                .param("alwaysKept", AutomaticRevisions.NEWEST_ALWAYS_KEPT)
                .param("keptSince", Timestamp.from(clock.instant().minus(AutomaticRevisions.KEPT_FOR_AT_LEAST)))
                .update();
        if (pruned > 0) {
            log.info("Pruned {} automatic revisions", pruned);
        }
    }
}
