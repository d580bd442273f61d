package org.waymark.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.waymark.WaymarkApplication;
import org.waymark.account.People;
import org.waymark.assessment.AssessorProfile;
import org.waymark.assessment.Assessors;
import org.waymark.framework.AssessmentRules;
import org.waymark.framework.FrameworkCatalogue;
import org.waymark.support.TestDatabaseInitializer;

/**
 * The whole application started as an operator would start it, with no profile: demo mode follows the database.
 * Each test names its database outright, so the result does not depend on which database the suite runs on.
 */
class DemoModeStartTests {

    private static final String POSTGRES = System.getProperty("waymark.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String POSTGRES_USER = System.getProperty("waymark.test.postgres.user", "postgres");
    private static final String POSTGRES_PASSWORD = System.getProperty("waymark.test.postgres.password", "");

    @Test
    void onPostgreSQLWithNoProfileThereAreNoDemoAccountsNoMailboxAndNoBanner() throws Exception {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (var c = DriverManager.getConnection(POSTGRES, POSTGRES_USER, POSTGRES_PASSWORD); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String url = POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WaymarkApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--" + TestDatabaseInitializer.SHARED_URL + "=" + url,
                "--spring.datasource.username=" + POSTGRES_USER, "--spring.datasource.password=" + POSTGRES_PASSWORD)) {
            assertThat(app.getEnvironment().getProperty("waymark.demo.enabled", Boolean.class)).isFalse();
            assertThat(app.getBean(People.class).findByEmail("candidate@example.org")).isEmpty();
            assertThat(app.getBean(People.class).findByEmail("admin@example.org")).isEmpty();
            // Asked from this machine, so only demo mode being off can explain the 404.
            assertThat(get(app, "/demo/mailbox").statusCode()).isEqualTo(404);
            HttpResponse<String> signIn = get(app, "/sign-in");
            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body()).doesNotContain("Demo mode").doesNotContain(DemoData.PASSWORD);
        } finally {
            try (var c = DriverManager.getConnection(POSTGRES, POSTGRES_USER, POSTGRES_PASSWORD); var s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void onTheEmbeddedDatabaseDemoModeIsOnAndItsAccountsExistBeforeTheServerTakesARequest() throws Exception {
        String url = "jdbc:h2:mem:demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        AtomicReference<Boolean> accountsWhenServerStarted = new AtomicReference<>();
        var atServerStart = new ApplicationListener<WebServerInitializedEvent>() { // a class, so its event type is known
            @Override
            public void onApplicationEvent(WebServerInitializedEvent event) {
                accountsWhenServerStarted.set(event.getApplicationContext().getBean(People.class)
                        .findByEmail("candidate@example.org").isPresent());
            }
        };
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WaymarkApplication.class).listeners(atServerStart)
                .run("--server.port=0", "--spring.datasource.url=" + url, "--" + TestDatabaseInitializer.SHARED_URL + "=" + url,
                        "--spring.datasource.username=sa", "--spring.datasource.password=")) {
            assertThat(accountsWhenServerStarted.get()).as("demo accounts existed when the web server started").isTrue();
            assertThat(get(app, "/demo/mailbox").statusCode()).isEqualTo(200);
            assertThat(get(app, "/sign-in").body()).contains("Demo mode").contains(DemoData.PASSWORD)
                    .contains("assessor2@example.org").contains("assessor3@example.org");
            AssessmentRules rules = app.getBean(FrameworkCatalogue.class).current().assessment();
            assertThat(app.getBean(Assessors.class).all()).extracting(AssessorProfile::email, AssessorProfile::awardPathway,
                            a -> a.mayLead(rules))
                    .containsExactlyInAnyOrder(tuple("assessor@example.org", "cmalt", false),
                            tuple("assessor2@example.org", "senior", true), tuple("assessor3@example.org", "cmalt", true));

            // Peer assessment at each stage: one accepted and waiting to be allocated, one with one review in, one
            // with both in, waiting for the lead; and one award anyone can check.
            var jdbc = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
            assertThat(jdbc.sql("SELECT status FROM assessment ORDER BY status").query(String.class).list())
                    .containsExactly("IN_REVIEW", "RECONCILING");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM review WHERE status = 'SUBMITTED'").query(Integer.class).single()).isEqualTo(3);
            assertThat(jdbc.sql("SELECT s.submission_type FROM submission s WHERE s.status = 'ACCEPTED'"
                    + " AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.submission_id = s.id)").query(String.class).list())
                    .as("a first submission and a portfolio review waiting to be allocated")
                    .containsExactlyInAnyOrder("FIRST", "PORTFOLIO_REVIEW");
            var awards = app.getBean(org.waymark.award.Awards.class);
            var holder = awards.heldBy(app.getBean(People.class).findByEmail("holder@example.org").orElseThrow().id()).getFirst();
            assertThat(get(app, "/verify?number=" + holder.certificateNumber()).statusCode()).isEqualTo(302);
            // One lapsed member, whose verification page says so.
            var lapsed = awards.heldBy(app.getBean(People.class).findByEmail("lapsed@example.org").orElseThrow().id()).getFirst();
            assertThat(get(app, "/verify/" + lapsed.verificationToken()).body())
                    .contains("Lapsed: certified membership not renewed");
            var reviewed = awards.heldBy(app.getBean(People.class).findByEmail("review@example.org").orElseThrow().id()).getFirst();
            assertThat(get(app, "/verify/" + reviewed.verificationToken()).body()).contains("Valid");
        }
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
