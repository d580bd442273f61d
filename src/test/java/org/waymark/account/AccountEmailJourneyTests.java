package org.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.waymark.support.WaymarkTest;

/** The journeys that go through a person's inbox, over real SMTP (GreenMail), with a clock the tests move. */
@WaymarkTest
class AccountEmailJourneyTests {

    static final int SMTP_PORT = freePort();
    static final MutableClock CLOCK = new MutableClock();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock mutableClock() {
            return CLOCK;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;

    @BeforeEach
    void now() {
        CLOCK.reset();
    }

    @Test
    void aNewAccountIsVerifiedByTheLinkEmailedToItOnce() throws Exception {
        String email = uniqueEmail();
        signUp(email, "a long enough password");
        assertThat(people.findByEmail(email).orElseThrow().emailVerified()).isFalse();

        String link = linkIn(email, "Confirm your email address");
        assertThat(body(mvc.perform(get(link)))).contains("Confirm my email address"); // opening alone uses nothing
        assertThat(body(mvc.perform(get(link)))).contains("Confirm my email address");
        assertThat(body(confirm(link))).contains("Your email address is confirmed");
        assertThat(people.findByEmail(email).orElseThrow().emailVerified()).isTrue();

        assertThat(body(mvc.perform(get(link)))).contains("This link has already been used").contains("Send a new link");
        assertThat(body(confirm(link))).contains("This link has already been used");
    }

    @Test
    void aVerificationLinkWorksFor24HoursOnly() throws Exception {
        String email = uniqueEmail();
        signUp(email, "a long enough password");
        String link = linkIn(email, "Confirm your email address");

        CLOCK.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(body(mvc.perform(get(link)))).contains("This link has expired").contains("Send a new link");
        assertThat(people.findByEmail(email).orElseThrow().emailVerified()).isFalse();

        assertThat(body(mvc.perform(post("/verify-email").with(csrf()).param("email", email)))).contains("Check your email");
        String newLink = linkIn(email, "Confirm your email address", link);
        assertThat(body(confirm(newLink))).contains("Your email address is confirmed");
    }

    @Test
    void anUnknownLinkGetsAClearPage() throws Exception {
        assertThat(body(mvc.perform(get("/verify-email").param("token", "not-a-token")))).contains("This link is not right")
                .contains("Send a new link");
        assertThat(body(mvc.perform(get("/reset-password").param("token", "not-a-token")))).contains("This link is not right");
    }

    @Test
    void aForgottenPasswordIsResetByEmailWhichAlsoVerifiesTheAddressAndEndsOtherSessions() throws Exception {
        String email = uniqueEmail();
        signUp(email, "the old password!");
        Cookie elsewhere = signIn(email, "the old password!");
        assertThat(mvc.perform(get("/account").cookie(elsewhere)).andReturn().getResponse().getStatus()).isEqualTo(200);

        String sent = body(mvc.perform(post("/forgot-password").with(csrf()).param("email", email.toUpperCase())));
        assertThat(sent).contains("If there is a Waymark account for");
        String link = linkIn(email, "Reset your Waymark password");

        assertThat(body(mvc.perform(get(link)))).contains("Choose a new password");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(body(mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", email))))
                .contains("Your password must not be your email address");
        mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "a brand new password"))
                .andExpect(redirectedUrl("/sign-in?passwordReset"));

        assertThat(people.findByEmail(email).orElseThrow().emailVerified()).isTrue();
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(formLogin("/sign-in").user("email", email).password("password", "the old password!"))
                .andExpect(redirectedUrl("/sign-in?error"));
        signIn(email, "a brand new password");
        assertThat(body(mvc.perform(get(link)))).contains("This link has already been used");
    }

    @Test
    void aResetLinkWorksForOneHourOnly() throws Exception {
        String email = uniqueEmail();
        people.createVerified("Reset Later", email, "the old password!");
        mvc.perform(post("/forgot-password").with(csrf()).param("email", email)).andExpect(status().isOk());
        String link = linkIn(email, "Reset your Waymark password");
        String token = link.substring(link.indexOf("token=") + 6);

        CLOCK.advance(Duration.ofMinutes(61));
        assertThat(body(mvc.perform(get(link)))).contains("This link has expired");
        assertThat(body(mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "a brand new password"))))
                .contains("This link has expired");
        signIn(email, "the old password!");
    }

    @Test
    void forgottenPasswordAnswersTheSameWhetherOrNotThereIsAnAccount() throws Exception {
        String known = uniqueEmail();
        people.createVerified("Known Person", known, "the old password!");
        String unknown = uniqueEmail();
        String forKnown = body(mvc.perform(post("/forgot-password").with(csrf()).param("email", known)));
        String forUnknown = body(mvc.perform(post("/forgot-password").with(csrf()).param("email", unknown)));
        String csrfToken = "content=\"[^\"]*\"";
        assertThat(forUnknown.replace(unknown, "X").replaceAll(csrfToken, ""))
                .isEqualTo(forKnown.replace(known, "X").replaceAll(csrfToken, ""));
        linkIn(known, "Reset your Waymark password");
        assertThat(greenMail.getReceivedMessagesForDomain(unknown)).isEmpty();
    }

    @Test
    void aNewEmailAddressAppliesOnlyWhenTheLinkSentToItIsUsed() throws Exception {
        String email = uniqueEmail();
        Cookie session = signUp(email, "a long enough password");
        String newEmail = uniqueEmail();

        assertThat(body(mvc.perform(post("/account/email").with(csrf()).cookie(session)
                .param("newEmail", newEmail).param("emailPassword", "not my password"))))
                .contains("Your password is not right").contains("value=\"" + newEmail + "\"");
        mvc.perform(post("/account/email").with(csrf()).cookie(session)
                        .param("newEmail", newEmail).param("emailPassword", "a long enough password"))
                .andExpect(redirectedUrl("/account"));
        assertThat(people.findByEmail(email)).isPresent();

        String link = linkIn(newEmail, "Confirm your new email address");
        assertThat(body(confirm(link))).contains("Your email address has been changed");
        assertThat(people.findByEmail(newEmail).orElseThrow().emailVerified()).isTrue();
        assertThat(people.findByEmail(email)).isEmpty();
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        signIn(newEmail, "a long enough password");
    }

    /** Presses "Confirm" on the page a verification link opens. */
    private org.springframework.test.web.servlet.ResultActions confirm(String link) throws Exception {
        return mvc.perform(post("/verify-email/confirm").with(csrf()).param("token", link.substring(link.indexOf("token=") + 6)));
    }

    /** Signs up, then signs in (sign-up itself signs nobody in, so as not to reveal whether the address was new). */
    private Cookie signUp(String email, String password) throws Exception {
        mvc.perform(post("/sign-up").with(csrf())
                        .param("name", "Journey Person").param("email", email).param("password", password))
                .andExpect(status().isOk());
        return signIn(email, password);
    }

    private Cookie signIn(String email, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/sign-in").user("email", email).password("password", password))
                .andExpect(redirectedUrl("/home")).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    private String body(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
        return actions.andReturn().getResponse().getContentAsString();
    }

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+\\?token=[A-Za-z0-9_-]+)");

    /** The path and query of the link in the newest email to {@code to} whose subject contains the text. */
    private String linkIn(String to, String subject, String... notThese) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            greenMail.waitForIncomingEmail(500, 1);
            MimeMessage[] messages = greenMail.getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                MimeMessage m = messages[i];
                if (m.getSubject().contains(subject) && m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
                    Matcher matcher = LINK.matcher(String.valueOf(m.getContent()));
                    if (matcher.find() && !java.util.List.of(notThese).contains(matcher.group(1))) {
                        return matcher.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No email to " + to + " about '" + subject + "' arrived");
    }

    private static String uniqueEmail() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
