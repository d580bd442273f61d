package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Signing in and out, with the keyboard alone, as someone who does not use a mouse would. */
class SignInJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void aPersonSignsInWithTheKeyboardAlone() {
        String email = uniqueEmail("keyboard");
        createPerson("Kit Keyboard", email, PASSWORD);

        open("/sign-in");
        tabTo("email");
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        assertTrue(focusedId().equals("password"), "Tab from Email goes to Password, not " + focusedId());
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");

        page.waitForURL(url -> !url.contains("/sign-in"));
        assertThat(signOutButton()).isVisible();
        assertAccessible();
    }

    @Test
    void aWrongPasswordSaysWhatIsWrongNextToTheFieldAndKeepsTheEmail() {
        String email = uniqueEmail("wrong");
        createPerson("Wren Wrong", email, PASSWORD);

        open("/sign-in");
        tabTo("email");
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type("not the password");
        page.keyboard().press("Enter");

        page.waitForURL(url -> url.contains("/sign-in?error"));
        var emailField = page.locator("main").getByLabel("Email", new Locator.GetByLabelOptions().setExact(true));
        assertThat(emailField).hasValue(email);
        assertThat(emailField).hasAccessibleDescription("The email or password is not right. Check them and try again.");
        assertThat(page.locator("#error-summary")).containsText("The email or password is not right.");
        assertThat(signOutButton()).hasCount(0);
        assertAccessible();
    }

    @Test
    void signingOutEndsTheSession() {
        String email = uniqueEmail("leaving");
        createPerson("Lee Leaving", email, PASSWORD);
        signIn(email, PASSWORD);

        signOutButton().focus();
        page.keyboard().press("Enter");

        page.waitForURL(url -> url.contains("/sign-in?signedOut"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
        assertThat(signOutButton()).hasCount(0);
        assertAccessible();

        page.navigate(url("/account"));
        assertTrue(page.url().contains("/sign-in"), "a page behind sign-in sends a signed-out person to sign in, not " + page.url());
    }

    /** Presses Tab from the top of the page until the element with this id has focus. */
    private void tabTo(String id) {
        for (int presses = 0; presses < 20; presses++) {
            page.keyboard().press("Tab");
            if (id.equals(focusedId())) {
                return;
            }
        }
        fail("#" + id + " cannot be reached with Tab within 20 presses");
    }

    private String focusedId() {
        return (String) page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
    }
}
