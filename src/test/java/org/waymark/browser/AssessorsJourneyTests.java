package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.waymark.account.Role;

/**
 * An administrator adds an assessor from their account and enters their profile (a mistake first, then put right),
 * with dates they are away; the new assessor then declares a conflict of interest. Every page passes axe.
 */
class AssessorsJourneyTests extends BrowserTest {

    private Locator button(Locator within, String name) {
        return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anAdministratorBuildsAnAssessorsProfileAndTheAssessorDeclaresAConflict() {
        String assessorEmail = uniqueEmail("assessor");
        createPerson("Rowan Assessor", assessorEmail, "assessor password 1", Role.CANDIDATE);
        String admin = uniqueEmail("admin");
        createPerson("Ada Admin", admin, "administrator password", Role.ADMINISTRATOR);
        signIn(admin, "administrator password");

        open("/home");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Assessors")).click();
        assertAccessible();
        Locator main = page.locator("main");
        main.getByLabel("Email address of their Waymark account").fill("nobody-" + assessorEmail);
        button(main, "Add to the assessor pool").click();
        assertAccessible();
        assertThat(main.locator("#email-error")).containsText("No account has that email address");
        assertThat(main.getByLabel("Email address of their Waymark account")).hasValue("nobody-" + assessorEmail);
        // Part of the address finds the account, added with its own button.
        main.getByLabel("Email address of their Waymark account").fill(assessorEmail.substring(0, assessorEmail.indexOf('@')));
        button(main, "Add to the assessor pool").click();
        assertAccessible();
        assertThat(main.locator("#email-error")).containsText("No account has exactly that email address");
        button(main, "Add Rowan Assessor").click();

        assertThat(main.locator("h1")).hasText("Change the profile of Rowan Assessor");
        assertAccessible();
        main.getByLabel("Award they hold").selectOption("associate");
        main.getByLabel("Institution").fill("Harbour City University");
        main.getByLabel("Specialisms").fill("Accessibility\nOnline assessment");
        main.getByLabel("Capacity per round").fill("three");
        main.getByLabel("Times served as second assessor").fill("3");
        button(main, "Save the profile").click();
        assertAccessible();
        assertThat(main.locator("#error-summary")).containsText("may not assess portfolios");
        assertThat(main.locator("#awardPathway-error")).containsText("Holders of Associate CMALT may not assess portfolios");
        assertThat(main.locator("#capacityPerRound-error")).containsText("as a whole number");
        assertThat(main.getByLabel("Capacity per round")).hasValue("three");
        assertThat(main.getByLabel("Institution")).hasValue("Harbour City University");
        assertThat(main.getByLabel("Specialisms")).hasValue("Accessibility\nOnline assessment");

        main.getByLabel("Award they hold").selectOption("cmalt");
        main.getByLabel("Capacity per round").fill("3");
        button(main, "Save the profile").click();
        assertAccessible();
        assertThat(main.getByRole(AriaRole.STATUS)).hasText("The profile has been saved.");
        assertThat(main.locator("#times-as-second")).containsText("may lead");
        assertThat(main.locator("dl")).containsText("Associate CMALT, CMALT");
        assertThat(main.locator("dl")).containsText("Accessibility, Online assessment");

        main.getByLabel("First day unavailable").fill("2099-07-20");
        main.getByLabel("Last day unavailable").fill("2099-07-01");
        button(main, "Add these dates").click();
        assertAccessible();
        assertThat(main.locator("#unavailableTo-error")).containsText("The last day must be the same as or after the first day");
        main.getByLabel("Last day unavailable").fill("2099-08-02");
        button(main, "Add these dates").click();
        assertAccessible();
        assertThat(main.locator("table")).containsText("20 July 2099");
        assertThat(main.locator("table")).containsText("2 August 2099");
        screenshotAs("admin-assessor.png");

        open("/admin/assessors");
        assertThat(main.locator("table")).containsText("Rowan Assessor");
        signOutButton().click();

        signIn(assessorEmail, "assessor password 1");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Conflicts of interest")).click();
        assertAccessible();
        assertThat(main.locator("#no-conflicts")).isVisible();
        main.getByLabel("Their name or email address, or the institution").fill("Sam Okafor");
        button(main, "Declare the conflict").click();
        assertAccessible();
        assertThat(main.locator("#kind-error")).containsText("Choose whether the conflict is with a person or an institution");
        assertThat(main.locator("#reason-error")).containsText("Say why");
        assertThat(main.getByLabel("Their name or email address, or the institution")).hasValue("Sam Okafor");
        main.getByLabel("A person").check();
        main.getByLabel("Why you should not assess them").fill("We share an office.");
        button(main, "Declare the conflict").click();
        assertAccessible();
        assertThat(main.getByRole(AriaRole.STATUS)).containsText("Your conflict of interest with Sam Okafor has been recorded");
        assertThat(main.locator("table")).containsText("We share an office.");
        screenshotAs("assessor-conflicts.png");

        button(main, "Remove the conflict with Sam Okafor").click();
        assertAccessible();
        assertThat(main.locator("#no-conflicts")).isVisible();
    }
}
