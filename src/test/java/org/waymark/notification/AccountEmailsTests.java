package org.waymark.notification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.waymark.account.EmailChangeRequested;
import org.waymark.account.EmailChanged;
import org.waymark.account.People;
import org.waymark.account.PersonDeactivated;
import org.waymark.account.PersonSummary;
import org.waymark.account.PersonVerified;
import org.waymark.account.Role;
import org.waymark.account.internal.PeopleAdministration;
import org.waymark.support.WaymarkTest;

/**
 * The emails that follow a change to an account are sent by the notification module's listeners, through the
 * event publication registry; the emails that carry a secret link are sent directly, and no secret is ever
 * written to the registry's table.
 */
@WaymarkTest
@EnableScenarios
class AccountEmailsTests {

    private static final String PASSWORD = "a long enough password";
    private static final Pattern TOKEN = Pattern.compile("token=([^\\s&]+)");

    record Mail(String subject, String body) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;
    @Autowired
    PeopleAdministration administration;
    @Autowired
    JdbcClient jdbc;

    @Test
    void deactivatingAnAccountEmailsThePersonThroughTheNotificationModule(Scenario scenario) {
        PersonSummary admin = people.createVerified("Ada Admin", uniqueEmail(), PASSWORD, Role.ADMINISTRATOR);
        String email = uniqueEmail();
        PersonSummary person = people.createVerified("Dee Parted", email, PASSWORD);

        scenario.stimulate(() -> administration.deactivate(admin.id(), person.id()))
                .andWaitForStateChange(() -> mailTo(email), mails -> !mails.isEmpty())
                .andVerify(mails -> assertThat(mails).singleElement().satisfies(mail -> {
                    assertThat(mail.subject()).isEqualTo("Your Waymark account has been deactivated");
                    assertThat(mail.body()).startsWith("Hello Dee Parted,").contains("can no longer sign in");
                }));

        eventually(() -> assertThat(completedPublications(PersonDeactivated.class))
                .as("the email went through the event publication registry, and its publication is complete")
                .isGreaterThanOrEqualTo(1));
    }

    @Test
    void confirmingTheAddressGivenAtSignUpBringsAWelcome() throws Exception {
        String email = uniqueEmail();
        signUp(email);
        assertThat(subjectsTo(email)).containsExactly("Confirm your email address for Waymark");

        confirm(tokenIn(email, "Confirm your email address"));

        eventually(() -> assertThat(subjectsTo(email)).containsExactlyInAnyOrder("Confirm your email address for Waymark", "Welcome to Waymark"));
        eventually(() -> assertThat(completedPublications(PersonVerified.class)).isGreaterThanOrEqualTo(1));
    }

    @Test
    void theOldAddressHearsOfAnEmailChangeWhenItIsAskedForAndWhenItIsDone() throws Exception {
        String email = uniqueEmail();
        Cookie session = signUp(email);
        String newEmail = uniqueEmail();

        changeEmail(session, newEmail);
        eventually(() -> assertThat(mailTo(email)).filteredOn(m -> m.subject().equals("Your Waymark email address is being changed"))
                .singleElement().satisfies(notice -> assertThat(notice.body()).contains(newEmail).doesNotContain("token=")));

        confirm(tokenIn(newEmail, "Confirm your new email address"));
        eventually(() -> assertThat(mailTo(email)).filteredOn(m -> m.subject().equals("Your Waymark email address has changed"))
                .singleElement().satisfies(changed -> assertThat(changed.body()).contains("now uses the email address " + newEmail)));
        eventually(() -> assertThat(completedPublications(EmailChangeRequested.class)).isGreaterThanOrEqualTo(1));
        eventually(() -> assertThat(completedPublications(EmailChanged.class)).isGreaterThanOrEqualTo(1));
    }

    @Test
    void noSecretLinkIsEverWrittenToTheEventPublicationTable() throws Exception {
        String email = uniqueEmail();
        Cookie session = signUp(email);
        List<String> tokens = new ArrayList<>();
        tokens.add(tokenIn(email, "Confirm your email address"));
        confirm(tokens.getLast());

        String newEmail = uniqueEmail();
        changeEmail(session, newEmail);
        tokens.add(tokenIn(newEmail, "Confirm your new email address"));
        confirm(tokens.getLast());

        mvc.perform(post("/forgot-password").with(csrf()).param("email", newEmail)).andExpect(status().isOk());
        tokens.add(tokenIn(newEmail, "Reset your Waymark password"));
        mvc.perform(post("/reset-password").with(csrf()).param("token", tokens.getLast()).param("password", "another long password"))
                .andExpect(status().is3xxRedirection());

        List<String> stored = jdbc.sql("SELECT serialized_event FROM event_publication").query(String.class).list();
        assertThat(stored).as("these journeys publish events that the registry stores").isNotEmpty();
        assertThat(tokens).doesNotHaveDuplicates().allSatisfy(token -> {
            assertThat(token).hasSizeGreaterThan(20);
            assertThat(stored).noneMatch(event -> event.contains(token));
        });
    }

    /** Signs up, then signs in (sign-up itself signs nobody in, so as not to reveal whether the address was new). */
    private Cookie signUp(String email) throws Exception {
        mvc.perform(post("/sign-up").with(csrf()).param("name", "Event Person").param("email", email).param("password", PASSWORD))
                .andExpect(status().isOk());
        return mvc.perform(formLogin("/sign-in").user("email", email).password("password", PASSWORD))
                .andExpect(redirectedUrl("/home")).andReturn().getResponse().getCookie("SESSION");
    }

    private void changeEmail(Cookie session, String newEmail) throws Exception {
        mvc.perform(post("/account/email").with(csrf()).cookie(session).param("newEmail", newEmail).param("emailPassword", PASSWORD))
                .andExpect(status().is3xxRedirection());
    }

    private void confirm(String token) throws Exception {
        mvc.perform(post("/verify-email/confirm").with(csrf()).param("token", token)).andExpect(status().isOk());
    }

    private String tokenIn(String email, String subjectStart) {
        Mail mail = mailTo(email).stream().filter(m -> m.subject().startsWith(subjectStart)).findFirst()
                .orElseThrow(() -> new AssertionError("No mail '" + subjectStart + "' to " + email + ": " + mailTo(email)));
        Matcher matcher = TOKEN.matcher(mail.body());
        assertThat(matcher.find()).as("a link with a token in " + mail).isTrue();
        return matcher.group(1);
    }

    private List<Mail> mailTo(String email) {
        return jdbc.sql("SELECT subject, body FROM mail_outbox WHERE recipient = ? ORDER BY created_at")
                .param(email).query((rs, n) -> new Mail(rs.getString(1), rs.getString(2))).list();
    }

    private List<String> subjectsTo(String email) {
        return mailTo(email).stream().map(Mail::subject).toList();
    }

    private long completedPublications(Class<?> eventType) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = ? AND completion_date IS NOT NULL")
                .param(eventType.getName()).query(Long.class).single();
    }

    /** The listeners run after the commit, on another thread: wait for their mail rather than sleep. */
    private static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(assertion::run);
    }

    private static String uniqueEmail() {
        return "events-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
