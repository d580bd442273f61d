package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The pages anyone can reach without an account meet WCAG 2.2 AA (checked by {@link #open(String)}). */
class PublicPagesTests extends BrowserTest {

    @Test
    void homePageIsAccessible() {
        open("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Write your CMALT portfolio in one place");
    }

    @Test
    void signInPageIsAccessible() {
        open("/sign-in");
        assertThat(page).hasTitle("Sign in - Waymark");
    }

    @Test
    void accessibilityStatementIsAccessible() {
        open("/accessibility");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Accessibility statement");
    }

    @Test
    void pageNotFoundIsAccessible() {
        createPerson("Nadia Ndiaye", "nadia-404@example.org", "correct horse battery");
        signIn("nadia-404@example.org", "correct horse battery");
        open("/no-such-page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page not found");
    }
}
