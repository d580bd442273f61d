package org.waymark.submission.internal.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

/** A run must end before its lock can expire, or a second node would check the same links at the same hosts. */
class LinkCheckJobLockTests {

    @Test
    void theBudgetIsReckonedFromTheLockTheJobReallyDeclares() throws NoSuchMethodException {
        SchedulerLock lock = LinkCheckJob.class.getDeclaredMethod("run").getAnnotation(SchedulerLock.class);
        assertThat(Duration.parse(lock.lockAtMostFor())).isEqualTo(LinkCheckJob.LOCK_AT_MOST_FOR);
    }

    @Test
    void timeoutsThatWouldLetARunOutliveItsLockStopTheApplicationStarting() {
        LinkCheckProperties patient = new LinkCheckProperties(true, Duration.ofSeconds(30), Duration.ofSeconds(90), 2, false);
        assertThatThrownBy(() -> new LinkCheckJob(null, null, patient, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("timeouts are too long");
    }

    @Test
    void theDocumentedTimeoutsLeaveARunMinutesOfBudget() {
        LinkCheckProperties defaults = new LinkCheckProperties(true, Duration.ofSeconds(5), Duration.ofSeconds(10), 2, false);
        assertThat(defaults.linkDeadline()).isEqualTo(Duration.ofSeconds(30));
        new LinkCheckJob(null, null, defaults, null); // does not throw
    }
}
