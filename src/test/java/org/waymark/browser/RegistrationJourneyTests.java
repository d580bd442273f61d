package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.account.Role;
import org.waymark.registration.RegistrationSummary;
import org.waymark.registration.Registrations;

/** A candidate registers with their institution paying; an administrator marks it paid; the candidate sees how long it lasts. */
class RegistrationJourneyTests extends BrowserTest {

    private static final String PASSWORD = "a long enough password";

    @Autowired
    Registrations registrations;

    @Test
    void aCandidateRegistersAnAdministratorMarksItPaidAndTheCandidateSeesTheExpiryAtHome() {
        String candidateEmail = uniqueEmail("candidate");
        UUID candidate = createPerson("Reggie Candidate", candidateEmail, PASSWORD, Role.CANDIDATE).id();
        String adminEmail = uniqueEmail("admin");
        createPerson("Ada Admin", adminEmail, PASSWORD, Role.ADMINISTRATOR);

        signIn(candidateEmail, PASSWORD);
        open("/home");
        Locator main = page.locator("main");
        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Register for a pathway")).click();
        assertAccessible();
        assertThat(main.getByText("£195.00")).isVisible();

        main.locator("input[name=option][value='cmalt/GBP']").check();
        main.getByLabel("My institution is paying, with a purchase order").check();
        main.getByLabel("Institution paying the fee").fill("University of Example");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Register")).click();
        assertAccessible();
        assertThat(page).hasTitle("Error: Register for a pathway - Waymark");
        assertThat(main.locator(".error-summary")).containsText("Enter the purchase order reference");
        assertThat(main.getByLabel("Institution paying the fee")).hasValue("University of Example");

        main.getByLabel("Purchase order reference").fill("PO-2026-0042");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Register")).click();
        assertAccessible();
        RegistrationSummary r = registrations.heldBy(candidate).getFirst();
        assertThat(main.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Registration receipt"))).isVisible();
        assertThat(main.locator("dl")).containsText(r.reference());
        assertThat(main.locator("dl")).containsText("PO-2026-0042");
        assertThat(main.locator("dl")).containsText("University of Example");
        assertThat(main.locator("dl")).containsText("Awaiting payment");
        screenshotAs("registration-receipt.png");
        Email received = awaitEmail(candidateEmail, "Registration " + r.reference() + " received");
        org.assertj.core.api.Assertions.assertThat(received.body()).contains("PO-2026-0042").contains("/registrations/" + r.id());

        open("/registrations/" + r.id() + "/cancel");
        open("/registrations");
        assertThat(main.locator("tbody")).containsText(r.reference());
        signOutButton().click();

        signIn(adminEmail, PASSWORD);
        open("/home");
        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Registrations and payment")).click();
        assertAccessible();
        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(r.reference())).click();
        assertAccessible();
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark paid")).click();
        assertAccessible();
        assertThat(main.getByRole(AriaRole.STATUS)).containsText(r.reference() + " is marked paid");
        Email paid = awaitEmail(candidateEmail, "Registration " + r.reference() + " is paid");
        open("/admin/fees");
        open("/admin/fees/edit?pathway=cmalt&currency=GBP");
        signOutButton().click();

        String validUntil = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(registrations.find(r.id()).orElseThrow().expiresAt().atZone(ZoneId.of("Europe/London")));
        signIn(candidateEmail, PASSWORD);
        open("/home");
        assertThat(main.getByText("Valid until " + validUntil)).isVisible();
        org.assertj.core.api.Assertions.assertThat(paid.body()).contains(validUntil);
        page.setViewportSize(390, 844);
        open("/registrations/" + r.id());
        assertThat(main.locator("dl")).containsText("Paid");
        screenshotAs("registration-receipt-phone.png");
    }
}
