package org.waymark.award.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.waymark.award.Award;
import org.waymark.award.MembershipReminderDue;
import org.waymark.award.MembershipReminderDue.Kind;

/**
 * Reminds holders about their certified membership, by email, once each: the annual fee {@code fee-reminder-days}
 * before it falls due, and once it is overdue (from the day after membership lapsed); the portfolio review
 * {@code review-reminder-days} before it is due, and once it is due. Only the nearer of each pair is sent: a member
 * whose fee is already overdue is not also told it falls due soon. Revoked awards are not reminded.
 * <p>
 * Daily, on one node at a time (ShedLock). Each reminder is a row in {@code award_reminder} written in the transaction
 * that publishes its event, and its primary key (award, kind, date) stops a second node, or a second run, sending it
 * again. Paying the fee or a confirmed review moves the date, so the next reminder is a new row.
 */
@Component
public class MembershipReminders {

    private static final Logger log = LoggerFactory.getLogger(MembershipReminders.class);

    private final AwardStore store;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final int feeDays;
    private final int reviewDays;

    MembershipReminders(AwardStore store, JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
                        Clock clock, ZoneId displayZone,
                        @Value("${waymark.award.fee-reminder-days:30}") int feeDays,
                        @Value("${waymark.award.review-reminder-days:90}") int reviewDays) {
        this.store = store;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.zone = displayZone;
        this.feeDays = feeDays;
        this.reviewDays = reviewDays;
    }

    /** Early morning UK time; lockAtLeastFor keeps a node whose clock is a little behind from running it again. */
    @Scheduled(cron = "${waymark.award.reminder-cron:0 50 6 * * *}", zone = "${waymark.time-zone}")
    @SchedulerLock(name = "award-membership-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void daily() {
        int sent = remindOn(clock.instant().atZone(zone).toLocalDate());
        if (sent > 0) {
            log.info("Sent {} membership reminders", sent);
        }
    }

    /** Sends every reminder due on this day (UK date) not sent before; answers how many this call sent. */
    public int remindOn(LocalDate today) {
        int sent = 0;
        for (Award award : store.dueBy(today.plusDays(feeDays), today.plusDays(reviewDays))) {
            LocalDate paidUntil = award.membershipPaidUntil();
            if (today.isAfter(paidUntil)) {
                sent += send(award, Kind.FEE_OVERDUE, paidUntil);
            } else if (!today.isBefore(paidUntil.minusDays(feeDays))) {
                sent += send(award, Kind.FEE_DUE_SOON, paidUntil);
            }
            LocalDate reviewDue = award.portfolioReviewDueOn();
            if (!today.isBefore(reviewDue)) {
                sent += send(award, Kind.REVIEW_DUE, reviewDue);
            } else if (!today.isBefore(reviewDue.minusDays(reviewDays))) {
                sent += send(award, Kind.REVIEW_DUE_SOON, reviewDue);
            }
        }
        return sent;
    }

    private int send(Award award, Kind kind, LocalDate dueOn) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                boolean already = jdbc.sql("SELECT COUNT(*) FROM award_reminder WHERE award_id = ? AND kind = ? AND due_on = ?")
                        .params(award.id(), kind.name(), Date.valueOf(dueOn)).query(Long.class).single() > 0;
                if (already) {
                    return false;
                }
                jdbc.sql("INSERT INTO award_reminder (award_id, kind, due_on, sent_at) VALUES (?, ?, ?, ?)")
                        .params(award.id(), kind.name(), Date.valueOf(dueOn), Timestamp.from(clock.instant())).update();
                events.publishEvent(new MembershipReminderDue(award.id(), award.certificateNumber(), award.holderId(), kind, dueOn));
                return true;
            })) ? 1 : 0;
        } catch (DuplicateKeyException anotherNodeSentIt) {
            return 0;
        }
    }
}
