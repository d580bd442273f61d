package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.account.Role;
import org.waymark.award.Award;
import org.waymark.award.internal.AwardService;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The holder lists their portfolio on the register (after a refused attempt with nothing to be found by), and a
 * signed-out visitor finds them by specialism from the footer's link, at phone width too, and opens their certificate
 * check. Every page passes axe.
 */
class RegisterJourneyTests extends BrowserTest {

    @Autowired
    AwardService awards;

    @Test
    void theHolderListsTheirPortfolioAndASignedOutVisitorFindsItBySpecialism() {
        String specialism = "Podcasting" + UUID.randomUUID().toString().substring(0, 6);
        String holderEmail = uniqueEmail("listed");
        UUID holder = createPerson("Rowan Register", holderEmail, "holder password 1", Role.CANDIDATE).id();
        Award award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);

        signIn(holderEmail, "holder password 1");
        open("/awards");
        Locator main = page.locator("main");
        assertThat(main).containsText("Not listed.");
        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Choose how you are listed for " + award.certificateNumber())).click();
        assertAccessible();
        assertThat(main.getByLabel("Nobody: not listed on the register")).isChecked();

        main.getByLabel("Anyone, signed in or not").check();
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save your choice")).click();
        assertAccessible();
        assertThat(page.locator("#error-summary")).containsText("Enter at least one specialism");
        assertThat(page.locator("#sector-error")).containsText("Enter the sector you work in");
        assertThat(main.getByLabel("Anyone, signed in or not")).isChecked();
        screenshotAs("register-listing-form.png");

        main.getByLabel("Specialisms").fill(specialism + "\nLearning design");
        main.getByLabel("Sector").fill("Further education");
        main.getByLabel("Job role").fill("Learning technologist");
        main.getByLabel("Link to your portfolio (optional)").fill("https://portfolio.example.org/rowan");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save your choice")).click();
        assertAccessible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("is listed on the register for anyone to find");
        assertThat(main).containsText("Listed: anyone can find you.");
        signOutButton().click();

        open("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Portfolio register")).click();
        assertAccessible();
        main.getByLabel("Specialism").fill(specialism.toLowerCase());
        main.getByLabel("Award").selectOption("cmalt");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search")).click();
        assertAccessible();
        assertThat(page.locator("#result-count")).hasText("1 holder found.");
        Locator entry = main.locator(".register-entry");
        assertThat(entry).containsText("Rowan Register");
        assertThat(entry).containsText("Further education");
        assertThat(entry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Portfolio of Rowan Register")))
                .hasAttribute("href", "https://portfolio.example.org/rowan");
        screenshotAs("register-search.png");
        page.setViewportSize(390, 844);
        assertAccessible();
        screenshotAs("register-search-phone.png");
        page.setViewportSize(1280, 800);

        entry.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Check the certificate of Rowan Register")).click();
        assertAccessible();
        assertThat(page.locator("#standing")).containsText("Valid");
        assertThat(page.locator("main dl")).containsText(award.certificateNumber());

        open("/register?specialism=" + specialism + "&sector=schools");
        assertThat(page.locator("#result-count")).containsText("No holders match your search");
    }
}
