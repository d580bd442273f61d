package org.waymark.submission.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;
import org.waymark.submission.DeadlineReminderIssued;

/**
 * Reminds candidates with a valid registration who have nothing in progress in a fixed round that its deadline is
 * near ({@code waymark.rounds.reminder-days}, by default 14 and 2 days before). Each reminder is first written to
 * {@code submission_reminder}, whose primary key (round, candidate, days) lets only one insert win, so a reminder goes
 * once even if two nodes ran the job together; ShedLock normally stops that happening at all.
 */
@Component
public class DeadlineReminders {

    private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

    private final Rounds rounds;
    private final Submissions submissions;
    private final Registrations registrations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<Integer> daysBefore;

    DeadlineReminders(Rounds rounds, Submissions submissions, Registrations registrations, JdbcClient jdbc,
                      TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
                      @Value("${waymark.rounds.reminder-days:14,2}") List<Integer> daysBefore) {
        this.rounds = rounds;
        this.submissions = submissions;
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.daysBefore = daysBefore.stream().filter(d -> d > 0).sorted().distinct().toList();
    }

    /** Hourly on every node; the lock is held ten minutes so a node whose clock is a little behind does not run it again. */
    @Scheduled(cron = "${waymark.rounds.reminder-cron:0 7 * * * *}")
    @SchedulerLock(name = "round-deadline-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10M")
    void hourly() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Sent {} deadline reminders", sent);
        }
    }

    /**
     * Records and announces every reminder due now; answers how many this call sent. For each round only the
     * nearest reminder due is sent: after a pause, a candidate two days from the deadline is not told "14 days".
     */
    public int sendDue() {
        Instant now = clock.instant();
        List<Round> due = rounds.findAllByOrderByOpensAtDesc().stream()
                .filter(r -> r.fixed() && r.openAt(now))
                .toList();
        if (due.isEmpty()) {
            return 0;
        }
        Set<UUID> registered = registrations.validAt(now).stream().map(RegistrationSummary::personId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        int sent = 0;
        for (Round round : due) {
            Integer days = daysBefore.stream()
                    .filter(d -> !now.isBefore(round.closesAt().minus(Duration.ofDays(d))))
                    .min(Comparator.naturalOrder()).orElse(null);
            if (days == null) {
                continue;
            }
            Set<UUID> submitted = submissions.findByRoundIdOrderBySubmittedAtAsc(round.id()).stream()
                    .filter(s -> s.status().inProgress()).map(Submission::candidateId).collect(Collectors.toSet());
            for (UUID candidate : registered) {
                if (!submitted.contains(candidate) && remind(round, candidate, days, now)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** One reminder in a transaction of its own: a second node's duplicate insert fails alone and sends nothing. */
    private boolean remind(Round round, UUID candidate, int days, Instant now) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                Integer already = jdbc.sql("SELECT COUNT(*) FROM submission_reminder WHERE round_id = ? AND candidate_id = ? AND days_before = ?")
                        .params(round.id(), candidate, days).query(Integer.class).single();
                if (already > 0) {
                    return false;
                }
                jdbc.sql("INSERT INTO submission_reminder (round_id, candidate_id, days_before, sent_at) VALUES (?, ?, ?, ?)")
                        .params(round.id(), candidate, days, Timestamp.from(now)).update();
                events.publishEvent(new DeadlineReminderIssued(round.id(), round.name(), candidate, round.closesAt(), days));
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
