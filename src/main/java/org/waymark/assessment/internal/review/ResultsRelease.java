package org.waymark.assessment.internal.review;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.waymark.assessment.internal.store.Assessment;

/**
 * On fixed rounds, results are released on the round's results date: this job releases every decided assessment whose
 * date has passed. Once per assessment is kept by the database, not by the lock: {@link Outcomes#release} changes the
 * row only from the version it read and only while DECIDED, so a second node (or a second run) finds nothing to do.
 */
@Component
public class ResultsRelease {

    private static final Logger log = LoggerFactory.getLogger(ResultsRelease.class);

    private final Outcomes outcomes;
    private final Clock clock;

    ResultsRelease(Outcomes outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @Scheduled(cron = "${waymark.assessment.release-cron:0 */5 * * * *}")
    @SchedulerLock(name = "assessment-results-release", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void everyFewMinutes() {
        int released = releaseDue();
        if (released > 0) {
            log.info("Released {} assessment result(s) on their round's results date", released);
        }
    }

    /** Releases every decided assessment of a fixed round whose results date has passed; answers how many this call did. */
    public int releaseDue() {
        int released = 0;
        for (Assessment assessment : outcomes.dueForRelease(clock.instant())) {
            try {
                if (outcomes.release(assessment, null)) {
                    released++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not release assessment {}: {}", assessment.id(), e.getMessage());
            }
        }
        return released;
    }
}
