package org.waymark.demo;

import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.account.People;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;

/**
 * Demo people and a half-written CMALT portfolio, created once on an empty database in demo mode.
 * All demo accounts share one password, listed in the README and on the sign-in page.
 * <p>
 * Created in a lifecycle phase just before the web server's, so the sign-in page never answers before the demo
 * accounts exist (an {@code ApplicationRunner} runs only after the server has started taking requests).
 */
@Component
@ConditionalOnProperty(name = "waymark.demo.enabled", havingValue = "true")
class DemoData implements SmartLifecycle {

    /** The web server starts at {@code SMART_LIFECYCLE_PHASE - 1024}; this runs one step before. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    static final String PASSWORD = "Waymark-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final People people;
    private final Portfolios portfolios;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    DemoData(People people, Portfolios portfolios, PlatformTransactionManager transactions) {
        this.people = people;
        this.portfolios = portfolios;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void start() {
        transaction.executeWithoutResult(status -> create());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void create() {
        if (people.findByEmail("candidate@example.org").isPresent()) {
            return;
        }
        UUID candidate = people.createVerified("Sam Okafor", "candidate@example.org", PASSWORD, Role.CANDIDATE).id();
        people.updateProfile(candidate, "Learning Technologist", "University of Northbridge", "Higher education", 5);
        people.createVerified("Priya Shah", "candidate2@example.org", PASSWORD, Role.CANDIDATE);
        people.createVerified("Morgan Lee", "mentor@example.org", PASSWORD, Role.MENTOR);
        people.createVerified("Alex Rivera", "assessor@example.org", PASSWORD, Role.ASSESSOR);
        people.createVerified("Jo Admin", "admin@example.org", PASSWORD, Role.ADMINISTRATOR);

        UUID portfolio = portfolios.start(candidate, "cmalt");
        portfolios.write(candidate, portfolio, "context", 0, null, """
                <p>I am a learning technologist in the Digital Education team at the University of Northbridge, where I support
                around 400 academic staff across three faculties. My role covers the virtual learning environment, lecture capture,
                online assessment and staff development.</p>
                <p>I came to learning technology from teaching English in further education, which shapes how I think about
                learners first and tools second.</p>""", "", "", Set.of());
        portfolios.write(candidate, portfolio, "1a", 0, null, """
                <p>In 2025 I led the evaluation of three online quiz tools for the School of Nursing. I compared them on
                accessibility, integration with our VLE, question types and cost, and ran a two-week pilot with twelve staff.</p>""",
                """
                <p>The pilot showed that the cheapest tool created the most support requests. Next time I would involve students
                earlier: their feedback on mobile use changed our recommendation.</p>""",
                "<p>Evaluation report (anonymised); pilot survey results.</p>", Set.of("explore", "learn-from-colleagues"));
        portfolios.write(candidate, portfolio, "1b", 0, null, """
                <p>I administer our Moodle course templates and wrote the import scripts that create 1,200 course pages each year.</p>""",
                "", "", Set.of("keep-up-to-date"));
        portfolios.write(candidate, portfolio, "specialist", 0, "Digital accessibility", "", "", "", Set.of());
        log.info("Demo data created: sign in as candidate@example.org with password {}", PASSWORD);
    }
}
