package org.waymark.submission.internal.links;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks pending links in batches (ADR 0007). One node at a time: ShedLock holds the lock at least
 * {@code lockAtLeastFor}, so a second node whose timer fires just after does not run again, and at most
 * {@link #LOCK_AT_MOST_FOR}, which is how long checks wait if a node dies holding it. A run takes no new batch after
 * its budget, and a batch ends within {@link LinkCheckProperties#linkDeadline()}, so a run always ends before the
 * lock could expire under it (which would let a second node check the same links and double the load on a host).
 * A link that failed in a way that may pass (a timeout, a server error) is tried again on later runs, at most
 * {@link #MAX_ATTEMPTS} times.
 */
@Component
class LinkCheckJob {

    private static final Logger log = LoggerFactory.getLogger(LinkCheckJob.class);

    static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 3;
    static final int BATCH = 20;

    private final SubmissionLinks links;
    private final LinkChecker checker;
    private final LinkCheckProperties properties;
    private final Clock clock;
    private final Duration runBudget;

    LinkCheckJob(SubmissionLinks links, LinkChecker checker, LinkCheckProperties properties, Clock clock) {
        this.links = links;
        this.checker = checker;
        this.properties = properties;
        this.clock = clock;
        this.runBudget = LOCK_AT_MOST_FOR.minus(properties.linkDeadline()).minusMinutes(1);
        if (runBudget.compareTo(Duration.ofSeconds(30)) < 0) {
            throw new IllegalStateException("waymark.link-check timeouts are too long: one link may take "
                    + properties.linkDeadline() + ", and a run must end well inside its lock of " + LOCK_AT_MOST_FOR);
        }
    }

    @Scheduled(fixedDelayString = "${waymark.link-check.interval:PT30S}", initialDelayString = "${waymark.link-check.interval:PT30S}")
    @SchedulerLock(name = "submission-link-check", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    void run() {
        if (properties.enabled()) {
            checkDue();
        }
    }

    /** Checks batches of due links until none is left or the run's budget is spent; returns how many were tried. */
    int checkDue() {
        Instant started = clock.instant();
        // Real time for the budget: the application's clock may stand still in tests, or jump.
        long stopTakingAt = System.nanoTime() + runBudget.toNanos();
        int tried = 0;
        while (System.nanoTime() < stopTakingAt) {
            List<SubmissionLinks.DueLink> batch = links.due(started, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            Map<String, LinkChecker.LinkCheck> checks = checker.checkAll(batch.stream().map(SubmissionLinks.DueLink::url).toList());
            int attempted = 0;
            for (SubmissionLinks.DueLink link : batch) {
                LinkChecker.LinkCheck check = checks.get(link.url());
                if (check != null && check.attempted()) {
                    links.record(link, check, clock.instant(), MAX_ATTEMPTS);
                    attempted++;
                }
            }
            tried += attempted;
            if (attempted == 0) {
                break; // every host kept its links waiting past their deadline: leave them for the next run
            }
        }
        if (tried > 0) {
            log.info("Checked {} links", tried);
        }
        return tried;
    }
}
