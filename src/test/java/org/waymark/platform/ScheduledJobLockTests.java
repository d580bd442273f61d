package org.waymark.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Two nodes run the same timers. A job whose lock is released the moment it ends runs again on the other node
 * when that node's timer fires a little later, so every scheduled job holds its lock for a minimum time too.
 */
class ScheduledJobLockTests {

    @Test
    void everyScheduledJobIsLockedForAMinimumAndABoundedTime() throws Exception {
        List<Method> jobs = scheduledMethods();
        assertThat(jobs).as("scheduled jobs found").isNotEmpty();
        for (Method job : jobs) {
            SchedulerLock lock = job.getAnnotation(SchedulerLock.class);
            assertThat(lock).as("%s has a @SchedulerLock", job).isNotNull();
            assertThat(lock.lockAtLeastFor()).as("%s lockAtLeastFor", job).isNotBlank();
            assertThat(lock.lockAtMostFor()).as("%s lockAtMostFor", job).isNotBlank();
            assertThat(Duration.parse(lock.lockAtLeastFor())).as("%s holds its lock at least a moment", job).isPositive();
            assertThat(Duration.parse(lock.lockAtLeastFor())).isLessThan(Duration.parse(lock.lockAtMostFor()));
        }
    }

    @Test
    void mailWaitsAtMostHalfAMinuteAfterANodeDiesHoldingTheOutboxLock() throws Exception {
        Method deliver = scheduledMethods().stream().filter(m -> m.getName().equals("deliver")).findFirst().orElseThrow();
        Duration atMost = Duration.parse(deliver.getAnnotation(SchedulerLock.class).lockAtMostFor());
        assertThat(atMost).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    static List<Method> scheduledMethods() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Method> jobs = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.waymark")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.add(method);
                }
            }
        }
        return jobs;
    }
}
