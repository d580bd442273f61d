package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.waymark.WaymarkApplication;
import org.waymark.account.internal.PeopleAdministration;
import org.waymark.support.TestDatabaseInitializer;

/**
 * Two Waymark nodes on one database, over real HTTP: a session begun on one is good on the other, and what an
 * administrator changes on either reaches it at once.
 */
@Tag("db")
class SharedSessionTests {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPersonSignedInOnOneNodeIsSignedInOnTheOtherUntilDeactivatedOnEither() throws Exception {
        String database = TestDatabaseInitializer.newDatabaseUrl();
        try (ConfigurableApplicationContext node1 = start(database); ConfigurableApplicationContext node2 = start(database)) {
            People people = node1.getBean(People.class);
            PersonSummary admin = people.createVerified("Node Admin", "node-admin@example.org", "administrator password",
                    Role.ADMINISTRATOR);
            PersonSummary person = people.createVerified("Node Person", "node-person@example.org", "a long enough password");

            String cookie = signIn(node1, person.email(), "a long enough password");

            HttpResponse<String> onNode2 = get(node2, "/account", cookie);
            assertThat(onNode2.statusCode()).isEqualTo(200);
            assertThat(onNode2.body()).contains("Your account").contains("Node Person");

            // Deactivated through node 2: the session ends on node 1 too.
            node2.getBean(PeopleAdministration.class).deactivate(admin.id(), person.id());
            HttpResponse<String> afterwards = get(node1, "/account", cookie);
            assertThat(afterwards.statusCode()).isEqualTo(302);
            assertThat(afterwards.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
        }
    }

    @Test
    void aRoleRemovedOrGrantedOnOneNodeCountsAtOnceInSessionsOpenedBeforeOnTheOther() throws Exception {
        String database = TestDatabaseInitializer.newDatabaseUrl();
        try (ConfigurableApplicationContext node1 = start(database); ConfigurableApplicationContext node2 = start(database)) {
            People people = node1.getBean(People.class);
            PersonSummary demoted = people.createVerified("Demoted Admin", "demoted-admin@example.org", "demoted admin password",
                    Role.ADMINISTRATOR);
            PersonSummary other = people.createVerified("Other Admin", "other-admin@example.org", "other admin password",
                    Role.ADMINISTRATOR);
            PeopleAdministration onNode2 = node2.getBean(PeopleAdministration.class);

            String cookie = signIn(node1, demoted.email(), "demoted admin password");
            assertThat(get(node1, "/admin/people", cookie).statusCode()).isEqualTo(200);
            String csrf = csrfToken(get(node1, "/account", cookie).body());

            // Removed through node 2: the session opened before on node 1 no longer reaches the administration pages ...
            onNode2.revoke(other.id(), demoted.id(), Role.ADMINISTRATOR);
            assertThat(get(node1, "/admin/people", cookie).statusCode()).isEqualTo(403);
            assertThat(get(node2, "/admin/people", cookie).statusCode()).isEqualTo(403);
            // ... nor grants itself the role back.
            HttpResponse<String> regrant = http.send(HttpRequest.newBuilder(uri(node1, "/admin/people/" + demoted.id() + "/roles"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("role=ADMINISTRATOR&grant=true&_csrf=" + encode(csrf)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(regrant.statusCode()).isEqualTo(403);
            assertThat(people.find(demoted.id()).orElseThrow().roles()).doesNotContain(Role.ADMINISTRATOR);
            // Still signed in as a candidate.
            assertThat(get(node1, "/account", cookie).statusCode()).isEqualTo(200);

            // Granted again through node 2: the same session has it at once, without signing in again.
            onNode2.grant(other.id(), demoted.id(), Role.ADMINISTRATOR);
            assertThat(get(node1, "/admin/people", cookie).statusCode()).isEqualTo(200);
        }
    }

    /** Signs in over HTTP and answers the session cookie. */
    private String signIn(ConfigurableApplicationContext node, String email, String password) throws Exception {
        HttpResponse<String> signInPage = http.send(HttpRequest.newBuilder(uri(node, "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(signInPage);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(node, "/sign-in"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password="
                        + encode(password) + "&_csrf=" + encode(csrfToken(signInPage.body()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
        return signedIn.headers().firstValue("Set-Cookie").isPresent() ? sessionCookie(signedIn) : cookie;
    }

    private static String csrfToken(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(node, path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(WaymarkApplication.class).profiles("test").run(
                "--server.port=0",
                "--" + TestDatabaseInitializer.SHARED_URL + "=" + database,
                "--spring.datasource.username=" + TestDatabaseInitializer.username(),
                "--spring.datasource.password=" + TestDatabaseInitializer.password());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort() + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no SESSION cookie"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
