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

/** Two Waymark nodes on one database, over real HTTP: a session begun on one is good on the other. */
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

            HttpResponse<String> signInPage = http.send(HttpRequest.newBuilder(uri(node1, "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie = sessionCookie(signInPage);
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage.body());
            assertThat(csrf.find()).isTrue();

            HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(node1, "/sign-in"))
                    .header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(person.email()) + "&password="
                            + encode("a long enough password") + "&_csrf=" + encode(csrf.group(1))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
            cookie = signedIn.headers().firstValue("Set-Cookie").isPresent() ? sessionCookie(signedIn) : cookie;

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
