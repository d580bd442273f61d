package org.waymark.demo;

import java.util.Arrays;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start with demo mode and the {@code prod} profile together: the demo mailbox shows every email,
 * so anyone could reset anyone's password. Runs before any bean is created (registered in spring.factories).
 */
public class DemoModeGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(ConfigurableEnvironment environment) {
        boolean demo = environment.getProperty("waymark.demo.enabled", Boolean.class, false);
        boolean prod = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        if (demo && prod) {
            throw new IllegalStateException("Waymark will not start with demo mode (waymark.demo.enabled=true) and the "
                    + "'prod' profile together: the demo mailbox would let anyone reset any password. "
                    + "Set WAYMARK_DEMO_ENABLED=false.");
        }
    }
}
