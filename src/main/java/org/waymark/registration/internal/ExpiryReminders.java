package org.waymark.registration.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.registration.RegistrationExpiring;
import org.waymark.registration.RegistrationSummary;

/**
 * Reminds candidates 60 and 14 days before their registration expires. Daily, on one node at a time (ShedLock); each
 * reminder is a row in {@code registration_reminder} written in the same transaction as the event that sends the
 * mail, so a second run or a second node sends nothing twice. Only the nearest reminder is sent: a registration
 * paid 20 days before a fixed deadline hears once, at 14 days.
 */
@Component
public class ExpiryReminders {

    static final List<Integer> DAYS_BEFORE = List.of(14, 60);

    private final RegistrationService registrations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpiryReminders(RegistrationService registrations, JdbcClient jdbc, TransactionTemplate transactions,
                    ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Early morning UK time; a node whose clock is a little behind must not run it again, hence lockAtLeastFor. */
    @Scheduled(cron = "${waymark.registration.reminder-cron:0 40 6 * * *}", zone = "${waymark.time-zone}")
    @SchedulerLock(name = "registration-expiry-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void remind() {
        remindAt(clock.instant());
    }

    /** How many reminders were sent. */
    public int remindAt(Instant now) {
        int sent = 0;
        for (RegistrationSummary r : registrations.paid()) {
            if (r.expiresAt() == null || !r.validAt(now)) {
                continue;
            }
            Duration left = Duration.between(now, r.expiresAt());
            Integer due = DAYS_BEFORE.stream().sorted().filter(d -> left.compareTo(Duration.ofDays(d)) <= 0).findFirst().orElse(null);
            if (due != null && send(r, due, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(RegistrationSummary r, int daysBefore, Instant now) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                boolean already = jdbc.sql("SELECT COUNT(*) FROM registration_reminder WHERE registration_id = ? AND days_before = ? AND expires_at = ?")
                        .params(r.id(), daysBefore, Timestamp.from(r.expiresAt())).query(Long.class).single() > 0;
                if (already) {
                    return false;
                }
                jdbc.sql("INSERT INTO registration_reminder (registration_id, days_before, expires_at, sent_at) VALUES (?, ?, ?, ?)")
                        .params(r.id(), daysBefore, Timestamp.from(r.expiresAt()), Timestamp.from(now)).update();
                events.publishEvent(new RegistrationExpiring(r.id(), r.personId(), r.reference(),
                        registrations.pathwayName(r.pathwayKey()), r.expiresAt(), daysBefore));
                return true;
            }));
        } catch (DuplicateKeyException anotherNodeSentIt) {
            return false;
        }
    }
}
