package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.account.Role;
import org.waymark.portfolio.Portfolios;

/** An administrator finds a portfolio among many, and reads the audit trail, on a desktop and on a phone. */
class AdministrationJourneyTests extends BrowserTest {

    @Autowired
    Portfolios portfolios;

    private String signInAsAdministratorWithPortfolios(String tag) {
        for (int i = 0; i < 27; i++) {
            UUID owner = createPerson("Owner " + tag + " " + i, uniqueEmail("owner"), "a-long-password-1", Role.CANDIDATE).id();
            portfolios.start(owner, i == 0 ? "senior" : "cmalt");
        }
        String admin = uniqueEmail("admin");
        createPerson("Ada Admin", admin, "administrator password", Role.ADMINISTRATOR);
        signIn(admin, "administrator password");
        return admin;
    }

    private void fitsWithoutScrollingSideways() {
        int scrollWidth = (int) page.evaluate("() => document.documentElement.scrollWidth");
        int clientWidth = (int) page.evaluate("() => document.documentElement.clientWidth");
        assertTrue(scrollWidth <= clientWidth, () -> "page is " + scrollWidth + "px wide in a " + clientWidth + "px window; too wide: "
                + page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + "document.documentElement.clientWidth + 1 && !e.closest('.table-scroll')).slice(0, 8)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().width))"));
    }

    @Test
    void anAdministratorSearchesAndPagesEveryPortfolio() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signInAsAdministratorWithPortfolios(tag);
        open("/portfolios");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Every portfolio, with its owner (administrators)")).click();
        assertAccessible();

        Locator main = page.locator("main");
        main.getByLabel("Owner’s name or email").fill("owner " + tag);
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search")).click();
        assertAccessible();
        assertThat(main.locator("caption")).hasText("Portfolios 1 to 25 of 27");
        screenshotAs("admin-portfolios.png");

        Locator pages = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pages of portfolios"));
        pages.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next page")).click();
        assertAccessible();
        assertThat(main.locator("tbody tr")).hasCount(2);
        assertThat(pages.locator("[aria-current=page]")).hasText("2");

        main.getByLabel("Pathway").selectOption("senior");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search")).click();
        assertThat(main.locator("tbody tr")).hasCount(1);
        assertThat(main.locator("tbody tr")).containsText("Owner " + tag + " 0");

        page.setViewportSize(390, 844);
        open("/admin/portfolios?q=owner+" + tag);
        fitsWithoutScrollingSideways();
        screenshotAs("admin-portfolios-390.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-portfolios-390-top.png")));
    }

    @Test
    void anAdministratorFiltersTheAuditTrail() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        signInAsAdministratorWithPortfolios(tag);
        open("/admin/audit");
        Locator main = page.locator("main");
        main.getByLabel("Action").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Portfolio started"));
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Filter")).click();
        assertAccessible();
        assertThat(main.locator("tbody tr").first()).containsText("Portfolio started");
        assertThat(main.locator("tbody tr").first()).containsText("Owner " + tag);
        screenshotAs("admin-audit.png");

        main.getByLabel("By or about the person with this email address").fill("nobody-" + tag + "@example.org");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Filter")).click();
        assertAccessible();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(main.locator(".error-summary")).containsText("No one has the email address");
        screenshotAs("admin-audit-error.png");

        page.setViewportSize(390, 844);
        open("/admin/audit?action=portfolio.started");
        fitsWithoutScrollingSideways();
        screenshotAs("admin-audit-390.png");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-audit-390-top.png")));
    }
}
