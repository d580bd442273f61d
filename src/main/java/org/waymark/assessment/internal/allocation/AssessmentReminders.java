package org.waymark.assessment.internal.allocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.assessment.AssessorReminderDue;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.assessment.internal.store.Place;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;

/**
 * Reminds assessors, once each: a place still offered {@code waymark.assessment.answer-reminder-days} after the
 * offer (answer it); an accepted place whose review is not submitted, 7 days before the due date and again when the
 * due date has passed. Each reminder is first recorded on the place ({@code last_reminded_at}, set only if no
 * reminder was recorded since it became due), in a transaction of its own with its event, so two nodes running the
 * job together send one email; ShedLock normally stops that happening at all.
 */
@Component
public class AssessmentReminders {

    static final Duration DUE_SOON = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(AssessmentReminders.class);

    private final AssessmentStore store;
    private final Submitting submitting;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration answerWithin;

    AssessmentReminders(AssessmentStore store, Submitting submitting, TransactionTemplate transactions,
                        ApplicationEventPublisher events, Clock clock,
                        @Value("${waymark.assessment.answer-reminder-days:5}") int answerReminderDays) {
        this.store = store;
        this.submitting = submitting;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.answerWithin = Duration.ofDays(answerReminderDays);
    }

    @Scheduled(cron = "${waymark.assessment.reminder-cron:0 17 * * * *}")
    @SchedulerLock(name = "assessment-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT10M")
    void hourly() {
        int sent = sendDue();
        if (sent > 0) {
            log.info("Sent {} assessment reminders", sent);
        }
    }

    /** Records and announces every reminder due now; answers how many this call sent. */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (AssessmentStore.Reminding r : store.offeredSince(now.minus(answerWithin))) {
            if (remind(r, AssessorReminderDue.Kind.ANSWER, r.place().offeredAt().plus(answerWithin), now)) {
                sent++;
            }
        }
        for (AssessmentStore.Reminding r : store.acceptedWithoutSubmittedReview(now.plus(DUE_SOON))) {
            boolean overdue = !now.isBefore(r.dueAt());
            Instant since = overdue ? r.dueAt() : r.dueAt().minus(DUE_SOON);
            if (remind(r, overdue ? AssessorReminderDue.Kind.OVERDUE : AssessorReminderDue.Kind.DUE_SOON, since, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean remind(AssessmentStore.Reminding r, AssessorReminderDue.Kind kind, Instant dueSince, Instant now) {
        Place place = r.place();
        if (place.lastRemindedAt() != null && !place.lastRemindedAt().isBefore(dueSince)) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!store.remindOnce(place.id(), dueSince, now)) {
                    return false;
                }
                String reference = submitting.find(r.submissionId()).map(SubmissionSummary::reference).orElse("");
                events.publishEvent(new AssessorReminderDue(place.id(), place.assessmentId(), place.assessorId(), reference,
                        place.role().label(), kind, r.dueAt()));
                return true;
            }));
        } catch (TransientDataAccessException e) {
            // Another node holds the place's row, recording this reminder (a lock wait that timed out, as H2's does
            // under load): theirs is sent, or, if their transaction fails, the next run finds it still due.
            log.debug("Reminder on place {} left to another node: {}", place.id(), e.getMessage());
            return false;
        }
    }
}
