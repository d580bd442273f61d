package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.waymark.account.Role;
import org.waymark.submission.RoundKind;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.RoundDetails;
import org.waymark.submission.internal.RoundService;

/**
 * An administrator sets up a fixed round in UK time and sees its deadline with the zone named; a registered
 * candidate asks for more time from the round's page; the administrator grants it, and the candidate sees it.
 */
class RoundsJourneyTests extends BrowserTest {

    @Autowired
    ApplicationContext spring;

    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

    @Autowired
    RoundService rounds;

    @Test
    void anAdministratorCreatesARoundACandidateAsksForMoreTimeAndTheAdministratorGrantsIt() {
        String name = "Summer " + UUID.randomUUID().toString().substring(0, 6);
        String admin = uniqueEmail("admin");
        createPerson("Ada Admin", admin, "administrator password", Role.ADMINISTRATOR);
        String candidate = uniqueEmail("candidate");
        UUID candidateId = createPerson("Cat Candidate", candidate, "correct horse battery", Role.CANDIDATE).id();
        new SubmissionFixtures(spring).paidRegistration(candidateId, "cmalt");

        signIn(admin, "administrator password");
        open("/home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Submission rounds and extensions")).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a fixed-deadline round")).click();
        assertAccessible();
        Locator main = page.locator("main");
        main.getByLabel("Name of the round").fill(name);
        main.getByLabel("Date", EXACT).fill("2026-01-05");
        main.getByLabel("Time (UK, 24-hour clock)").fill("09:00");
        // The last Sunday of March is the night the clocks go forward: there is no 01:30.
        LocalDate clocksGoForward = LocalDate.of(2099, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        main.getByLabel("Date of the deadline").fill(clocksGoForward.toString());
        main.getByLabel("Time of the deadline (UK, 24-hour clock)").fill("01:30");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create the round")).click();
        assertThat(page).hasTitle("Error: Create a fixed-deadline round - Waymark");
        assertThat(main.locator("#error-summary")).containsText("There is no 01:30 on " + clocksGoForward.getDayOfMonth() + " March 2099 in the UK");
        assertAccessible();
        main.getByLabel("Date of the deadline").fill("2099-05-29");
        main.getByLabel("Time of the deadline (UK, 24-hour clock)").fill("12:00");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create the round")).click();
        assertThat(main.getByRole(AriaRole.STATUS)).containsText(name + " has been created.");
        assertThat(main.locator("dl")).containsText("29 May 2099, 12:00 BST");
        assertThat(main.locator("dl")).containsText("5 January 2026, 09:00 GMT");
        assertAccessible();
        String roundPath = page.url().substring(page.url().indexOf("/admin/rounds/") + "/admin".length());
        signOutButton().click();

        signIn(candidate, "correct horse battery");
        open("/rounds");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
        assertAccessible();
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask for an extension")).click();
        assertThat(main.locator("#error-summary")).containsText("Say why you need more time");
        assertAccessible();
        main.getByLabel("Why you need more time").fill("I broke my wrist and cannot type until June.");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask for an extension")).click();
        assertThat(main.getByRole(AriaRole.STATUS)).containsText("Your request has been sent");
        assertThat(main.locator("#your-requests")).containsText("waiting for an answer");
        assertAccessible();
        signOutButton().click();

        signIn(admin, "administrator password");
        open("/admin" + roundPath + "/extensions");
        Locator request = main.getByRole(AriaRole.ARTICLE, new Locator.GetByRoleOptions().setName("Cat Candidate (" + candidate + ")"));
        assertThat(request).containsText("I broke my wrist");
        request.getByLabel("Extended until (date)").fill("2099-06-12");
        request.getByLabel("Extended until (time, UK)").fill("17:00");
        request.getByLabel("Why it is granted (the candidate reads this)").fill("Medical note seen.");
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Grant the extension")).click();
        assertThat(main.getByRole(AriaRole.STATUS)).containsText("Extension granted to Cat Candidate.");
        assertThat(main.locator("table")).containsText("12 June 2099, 17:00 BST");
        assertAccessible();
        screenshotAs("round-extensions.png");
        signOutButton().click();

        signIn(candidate, "correct horse battery");
        open(roundPath);
        assertThat(main.locator("#your-extension")).containsText("12 June 2099, 17:00 BST");
        assertThat(main.locator("#your-requests")).containsText("granted");
    }

    @Test
    void twoTabsChangingOneRoundDoNotOverwriteEachOtherSilently() {
        String name = "Two tabs " + UUID.randomUUID().toString().substring(0, 6);
        String admin = uniqueEmail("admin");
        UUID adminId = createPerson("Ada Admin", admin, "administrator password", Role.ADMINISTRATOR).id();
        UUID roundId = rounds.create(adminId, RoundKind.FIXED, new RoundDetails(name, LocalDate.parse("2098-01-05"),
                LocalTime.parse("09:00"), LocalDate.parse("2098-05-29"), LocalTime.NOON, null, null, null, null, false)).round().id();
        signIn(admin, "administrator password");
        Locator main = page.locator("main");
        open("/admin/rounds/" + roundId + "/edit");

        Page otherTab = context.newPage();
        otherTab.navigate(url("/admin/rounds/" + roundId + "/edit"));
        otherTab.locator("main").getByLabel("Date of the deadline").fill("2098-06-30");
        otherTab.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();
        assertThat(otherTab.locator("main").getByRole(AriaRole.STATUS)).containsText(name + " has been changed.");
        otherTab.close();

        main.getByLabel("Name of the round").fill(name + " (mine)");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();
        assertThat(main.locator("#changed-meanwhile")).containsText("Someone else changed this round while you were editing");
        assertThat(main.locator("#changed-meanwhile")).containsText("30 June 2098, 12:00 BST");
        assertThat(main.getByLabel("Name of the round")).hasValue(name + " (mine)");
        assertAccessible();
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();
        assertThat(main.getByRole(AriaRole.STATUS)).containsText(name + " (mine) has been changed.");
        assertThat(main.locator("dl")).containsText("29 May 2098, 12:00 BST");
    }
}
