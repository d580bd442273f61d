package org.waymark.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.waymark.account.People;
import org.waymark.account.Role;

/**
 * Addresses that lead nowhere answer with Waymark's own "Page not found" page, in HTML, whatever the browser
 * asks for: through the real server (Tomcat and Spring Security's firewall both see these requests), signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("db")
class PageNotFoundTests {

    static final List<String> ADDRESSES = List.of("/portfolios/not-a-uuid", "/portfolios/..%2F..%2Fetc",
            "/portfolios/%2e%2e%2f%2e%2e%2fetc", "/portfolios/" + UUID.randomUUID(), "/no-such-page",
            "/portfolios/not-a-uuid/evidence", "/portfolios;x=1/y");

    @LocalServerPort
    int port;
    @Autowired
    People people;

    HttpClient browser;

    @BeforeEach
    void signIn() throws Exception {
        String email = UUID.randomUUID() + "@example.org";
        people.createVerified("Nora Nowhere", email, "a-long-password-1", Role.CANDIDATE);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String form = browser.send(request("/sign-in", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).isTrue();
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=a-long-password-1&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(request("/sign-in", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html,application/xhtml+xml,*/*;q=0.8", "application/json", "*/*"})
    void everyAddressThatLeadsNowhereShowsThePageNotFoundPage(String accept) throws Exception {
        for (String address : ADDRESSES) {
            HttpResponse<String> response = browser.send(request(address, accept).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(address).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(address).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/html"));
            assertThat(response.body()).as(address).contains("<title>Page not found - Waymark</title>", "<h1>Page not found</h1>",
                    "Sign out");
        }
    }

    private HttpRequest.Builder request(String path, String accept) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
    }
}
