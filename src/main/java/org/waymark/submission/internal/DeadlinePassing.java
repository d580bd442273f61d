package org.waymark.submission.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.submission.RoundDeadlinePassed;
import org.waymark.submission.SubmissionStatus;

/**
 * Notices fixed rounds whose deadline has passed and announces each once ({@link RoundDeadlinePassed}: the
 * administrators are emailed what came in and which extensions are still open). The deadline itself needs no job:
 * it is judged on every request when it arrives. Once per round is kept by the database, not by the lock: the first
 * node's {@code UPDATE ... WHERE deadline_passed_at IS NULL} changes the row and publishes, in one transaction;
 * any other finds nothing to change.
 */
@Component
public class DeadlinePassing {

    private static final Logger log = LoggerFactory.getLogger(DeadlinePassing.class);

    private final Rounds rounds;
    private final Submissions submissions;
    private final RoundExtensions extensions;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlinePassing(Rounds rounds, Submissions submissions, RoundExtensions extensions, JdbcClient jdbc,
                    TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.extensions = extensions;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${waymark.rounds.deadline-cron:0 */5 * * * *}")
    @SchedulerLock(name = "round-deadline-passed", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void everyFewMinutes() {
        int noticed = noticePassedDeadlines();
        if (noticed > 0) {
            log.info("Announced {} passed round deadline(s)", noticed);
        }
    }

    /** Announces every fixed round whose deadline has passed and was not announced yet; answers how many this call did. */
    public int noticePassedDeadlines() {
        Instant now = clock.instant();
        List<java.util.UUID> due = jdbc.sql("""
                        SELECT id FROM submission_round
                        WHERE kind = 'FIXED' AND closes_at <= ? AND deadline_passed_at IS NULL AND closed_at IS NULL""")
                .param(Timestamp.from(now)).query(java.util.UUID.class).list();
        int noticed = 0;
        for (java.util.UUID roundId : due) {
            if (Boolean.TRUE.equals(transactions.execute(status -> announce(roundId, now)))) {
                noticed++;
            }
        }
        return noticed;
    }

    private boolean announce(java.util.UUID roundId, Instant now) {
        int won = jdbc.sql("UPDATE submission_round SET deadline_passed_at = ? WHERE id = ? AND deadline_passed_at IS NULL")
                .params(Timestamp.from(now), roundId).update();
        if (won == 0) {
            return false; // another node announced it first
        }
        Round round = rounds.findById(roundId).orElseThrow();
        List<Submission> in = submissions.findByRoundIdOrderBySubmittedAtAsc(roundId);
        int submitted = (int) in.stream().filter(s -> s.status() == SubmissionStatus.SUBMITTED).count();
        int accepted = (int) in.stream().filter(s -> s.status() == SubmissionStatus.ACCEPTED).count();
        List<RoundExtension> open = extensions.findByRoundIdOrderByGrantedAtDesc(roundId).stream()
                .filter(e -> e.untilAt().isAfter(now)).toList();
        Instant last = open.stream().map(RoundExtension::untilAt).max(Comparator.naturalOrder()).orElse(null);
        events.publishEvent(new RoundDeadlinePassed(roundId, round.name(), round.closesAt(), submitted, accepted,
                open.size(), last));
        return true;
    }
}
