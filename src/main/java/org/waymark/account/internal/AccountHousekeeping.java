package org.waymark.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets what is no longer of use: failed sign-ins older than a day (the throttle looks back 15 minutes)
 * and email links that expired more than 30 days ago. One node at a time (ShedLock).
 */
@Component
class AccountHousekeeping {

    private final SignInThrottle throttle;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountHousekeeping(SignInThrottle throttle, JdbcClient jdbc, Clock clock) {
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every node's timer fires at the same minute: holding the lock five minutes stops a node whose clock is a little behind from running it again. */
    @Scheduled(cron = "${waymark.housekeeping.cron:0 17 * * * *}")
    @SchedulerLock(name = "account-housekeeping", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5M")
    @Transactional
    void tidy() {
        throttle.forgetBefore(clock.instant().minus(Duration.ofDays(1)));
        jdbc.sql("DELETE FROM account_token WHERE expires_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofDays(30)))).update();
    }
}
