package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.support.WaymarkTest;

@WaymarkTest
class AccountHousekeepingTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void oldFailedSignInsAreForgottenAndRecentOnesKept() {
        Instant now = Instant.now();
        insertFailure("old@example.org", now.minusSeconds(3 * 86_400));
        insertFailure("recent@example.org", now.minusSeconds(60));
        // The job itself, not through its ShedLock proxy: the hourly run of this context may hold the lock (at least
        // five minutes) just now, and the lock is not what this test is about (ScheduledJobLockTests is).
        Object housekeeping = AopTestUtils.getUltimateTargetObject(context.getBean("accountHousekeeping"));
        ReflectionTestUtils.invokeMethod(housekeeping, "tidy");
        assertThat(jdbc.sql("SELECT email FROM sign_in_failure").query(String.class).list()).containsExactly("recent@example.org");
    }

    private void insertFailure(String email, Instant at) {
        jdbc.sql("INSERT INTO sign_in_failure (id, email, address, failed_at) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), email, "127.0.0.1", Timestamp.from(at)).update();
    }
}
