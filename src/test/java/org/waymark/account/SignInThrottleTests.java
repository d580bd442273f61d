package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.waymark.account.PeopleAdministrationTests.as;
import static org.waymark.account.PeopleAdministrationTests.unique;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.waymark.account.internal.SignInThrottle;
import org.waymark.support.WaymarkTest;

/**
 * Time stands still here (a test clock), so the throttle's short first wait cannot pass while the test runs. Every
 * test uses addresses of its own, so the counts of one never reach another.
 */
@WaymarkTest
class SignInThrottleTests {

    static final MutableClock CLOCK = new MutableClock();
    static final AtomicInteger NETWORK = new AtomicInteger(1);

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        Clock stoppedClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAttackerIsSlowedAtTheirAddressWhileTheOwnerSignsInFromAnother() throws Exception {
        String attacker = address(), owner = address();
        String target = unique("target");
        people.createVerified("Target Person", target, "the right password");

        for (int i = 0; i < 5; i++) {
            assertThat(problem(attempt(target, "a wrong password", attacker, "/sign-in?error")))
                    .contains("The email or password is not right");
        }
        // Beyond the free attempts, that address must wait before even the right password is checked ...
        assertThat(problem(attempt(target, "the right password", attacker, "/sign-in?error")))
                .contains("Too many failed attempts from here. Wait 2 seconds").contains("or reset your password");
        // ... and waits longer with every further failure there.
        CLOCK.advance(Duration.ofSeconds(2));
        attempt(target, "another wrong password", attacker, "/sign-in?error");
        assertThat(problem(attempt(target, "the right password", attacker, "/sign-in?error"))).contains("Wait 4 seconds");

        // The owner, from an address that has not failed for this account, signs in as usual.
        attempt(target, "the right password", owner, "/home");

        // Never a permanent lock-out: once the wait has passed, the right password works there too.
        CLOCK.advance(Duration.ofSeconds(4));
        attempt(target, "the right password", attacker, "/home");
    }

    @Test
    void peopleBehindOneSharedAddressAreNotLockedOutBySomeoneElsesFailures() throws Exception {
        String university = address();
        String forgetful = unique("forgetful"), colleague = unique("colleague");
        people.createVerified("Forgetful Person", forgetful, "forgetful's password");
        people.createVerified("Colleague Person", colleague, "colleague's password");

        for (int i = 0; i < 8; i++) {
            attempt(forgetful, "not my password " + i, university, "/sign-in?error");
        }
        assertThat(problem(attempt(forgetful, "forgetful's password", university, "/sign-in?error"))).contains("Too many failed attempts");

        attempt(colleague, "colleague's password", university, "/home");
    }

    @Test
    void anAttackerWhoMovesBetweenAddressesGetsOneGuessAtEachOnceTheAccountHasFailedTwentyTimes() throws Exception {
        String target = unique("spread");
        people.createVerified("Spread Target", target, "the right password");
        for (int i = 0; i < 20; i++) {
            attempt(target, "guess " + i, address(), "/sign-in?error");
        }
        String next = address();
        attempt(target, "guess 20", next, "/sign-in?error");
        assertThat(problem(attempt(target, "the right password", next, "/sign-in?error"))).contains("Too many failed attempts");

        // Never the right password from an address that has not failed for this account.
        attempt(target, "the right password", address(), "/home");
    }

    @Test
    void anAddressFailingForMoreThanAHundredAccountsWaitsAfterOneFailureForAnyOther() {
        String proxy = address();
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure(unique("sprayed"), proxy);
        }
        String next = unique("next");
        assertThat(throttle.waitFor(next, proxy)).isZero();
        throttle.recordFailure(next, proxy);
        assertThat(throttle.waitFor(next, proxy)).isPositive();
        // Below that count, one failure costs nothing.
        String quiet = address();
        throttle.recordFailure(next, quiet);
        assertThat(throttle.waitFor(next, quiet)).isZero();
    }

    @Test
    void signInsAndFailedSignInsAreInTheAuditTrailWithoutThePasswordOrAnUnknownEmail() throws Exception {
        String from = address();
        String email = unique("audited");
        PersonSummary person = people.createVerified("Audited Person", email, "the audited password");
        String stranger = unique("nobody");

        attempt(email, "a wrong secret", from, "/sign-in?error");
        attempt(email, "the audited password", from, "/home");
        attempt(stranger, "a stranger's secret", from, "/sign-in?error");

        assertThat(audit(person.id().toString())).containsExactlyInAnyOrder(
                "person.sign-in-failed by null from " + from, "person.signed-in by " + person.id() + " from " + from);
        assertThat(audit("unknown")).contains("person.sign-in-failed by null from " + from);
        String everything = String.join("\n", jdbc.sql("SELECT CONCAT(object_id, ' ', COALESCE(detail, '')) FROM audit_entry")
                .query(String.class).list());
        assertThat(everything).doesNotContain("secret").doesNotContain(stranger).doesNotContain("audited password");
    }

    @Test
    void theCurrentPasswordOnTheAccountPageIsThrottledLikeSignIn() throws Exception {
        PersonSummary person = people.createVerified("Account Person", unique("account"), "the current password");
        String from = address();
        for (int i = 0; i < 5; i++) {
            assertThat(postPassword(person, "a wrong guess", from)).contains("Your current password is not right");
        }
        String refused = postPassword(person, "the current password", from);
        assertThat(refused).contains("Too many wrong passwords. Wait 2 seconds before trying again")
                .contains("id=\"currentPassword-error\"");
        assertThat(mvc.perform(post("/account/email").with(as(person)).with(csrf()).with(from(from))
                        .param("newEmail", unique("new")).param("emailPassword", "the current password"))
                .andReturn().getResponse().getContentAsString())
                .contains("Too many wrong passwords").contains("id=\"emailPassword-error\"");

        // The same count as sign-in: the owner is not locked out elsewhere, and the wait passes.
        attempt(person.email(), "the current password", address(), "/home");
        CLOCK.advance(Duration.ofSeconds(2));
        mvc.perform(post("/account/password").with(as(person)).with(csrf()).with(from(from))
                        .param("currentPassword", "the current password").param("newPassword", "a brand new long password"))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void waitsAreToldInWholeSecondsAndFromTwoMinutesInMinutesNeverShorterThanTheyAre() {
        assertThat(SignInThrottle.describe(Duration.ofMillis(300))).isEqualTo("1 second");
        assertThat(SignInThrottle.describe(Duration.ofMillis(1500))).isEqualTo("2 seconds");
        assertThat(SignInThrottle.describe(Duration.ofSeconds(119))).isEqualTo("119 seconds");
        assertThat(SignInThrottle.describe(Duration.ofSeconds(121))).isEqualTo("3 minutes");
        assertThat(SignInThrottle.describe(Duration.ofMinutes(15))).isEqualTo("15 minutes");
    }

    private String postPassword(PersonSummary person, String current, String address) throws Exception {
        return mvc.perform(post("/account/password").with(as(person)).with(csrf()).with(from(address))
                        .param("currentPassword", current).param("newPassword", "a brand new long password"))
                .andReturn().getResponse().getContentAsString();
    }

    private List<String> audit(String objectId) {
        return jdbc.sql("SELECT action, actor_id, detail FROM audit_entry WHERE object_type = 'person' AND object_id = ? "
                        + "AND action LIKE 'person.sign%' ORDER BY occurred_at, action")
                .param(objectId)
                .query((rs, n) -> rs.getString(1) + " by " + rs.getObject(2, UUID.class) + " " + rs.getString(3)).list();
    }

    private Cookie attempt(String email, String password, String address, String expectedRedirect) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", password).with(from(address)))
                .andExpect(redirectedUrl(expectedRedirect)).andReturn().getResponse().getCookie("SESSION");
    }

    private String problem(Cookie session) throws Exception {
        return mvc.perform(get("/sign-in").param("error", "").cookie(session)).andReturn().getResponse().getContentAsString();
    }

    private static String address() {
        int n = NETWORK.getAndIncrement();
        return "10.9." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
