package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Creating an account by keyboard, confirming the address from the link in the email, then signing in. */
class SignUpJourneyTests extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/verify-email\\?token=\\S+");

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aNewPersonSignsUpAndConfirmsTheirAddress() {
        String email = uniqueEmail("newcomer");
        open("/sign-up");
        screenshot("sign-up");
        fill("Full name", "Nia Newcomer");
        page.keyboard().press("Tab");
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type("a long enough password");
        page.keyboard().press("Enter");

        page.waitForLoadState();
        // The same answer as for an address that already has an account: nobody is signed in yet.
        assertThat(page.locator("h1")).hasText("Check your email");
        assertThat(page.locator("main")).containsText(email);
        assertThat(signOutButton()).hasCount(0);
        assertAccessible();

        String body = awaitEmail(email, "").body();
        Matcher link = LINK.matcher(body);
        org.junit.jupiter.api.Assertions.assertTrue(link.find(), "the email has a verification link:\n" + body);
        URI uri = URI.create(link.group());
        open(uri.getRawPath() + "?" + uri.getRawQuery());
        // Opening the link only offers to confirm (mail scanners open links too); the person presses the button.
        assertThat(page.locator("h1")).hasText("Confirm your email address");
        page.locator("main button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Confirm my email address")).press("Enter");
        page.waitForLoadState();
        assertAccessible();

        assertThat(page.locator("h1")).hasText("Your email address is confirmed");
        signIn(email, "a long enough password");
        open("/account");
        assertThat(signOutButton()).isVisible();
        assertThat(page.locator(".banner-warning")).hasCount(0);
    }

    @Test
    void aShortPasswordIsExplainedNextToTheFieldAndKeepsNameAndEmail() {
        String email = uniqueEmail("short");
        open("/sign-up");
        fill("Full name", "Sam Short");
        page.keyboard().press("Tab");
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type("short");
        page.keyboard().press("Enter");

        page.waitForLoadState();
        Locator main = page.locator("main");
        Locator password = main.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true));
        assertThat(password).hasAttribute("aria-invalid", "true");
        assertThat(main.locator("#password-error")).containsText("12");
        assertThat(password).hasAccessibleDescription(java.util.regex.Pattern.compile("12"));
        assertThat(main.getByLabel("Full name")).hasValue("Sam Short");
        assertThat(main.getByLabel("Email address")).hasValue(email);
        assertThat(main.locator(".error-summary a[href='#password']")).isVisible();
        assertAccessible();
        assertEquals(0, jdbc.sql("SELECT count(*) FROM person WHERE email = ?").param(email).query(Integer.class).single());
    }

    /** Tabs from the top of the page to the labelled field and types into it. */
    private void fill(String label, String text) {
        tabToFocus("#" + page.locator("main").getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).getAttribute("id"));
        page.keyboard().type(text);
    }
}
