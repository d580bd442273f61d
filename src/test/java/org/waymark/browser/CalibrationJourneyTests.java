package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.waymark.assessment.CalibrationFixtures;
import org.waymark.assessment.ReviewFixtures;

/**
 * An administrator opens Calibration from the header, narrows it to one round, and reads the agreement and each
 * assessor's difference from their co-assessor, as tables and charts (accessible, and on a phone).
 */
class CalibrationJourneyTests extends BrowserTest {

    @Autowired
    private ApplicationContext spring;

    @Test
    void anAdministratorReadsHowFarPairedAssessorsAgree() {
        CalibrationFixtures.Seeded seeded = new CalibrationFixtures(spring).seed();
        signIn(seeded.adminEmail(), ReviewFixtures.PASSWORD);

        open("/admin/assessors");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Calibration")).click();
        assertThat(page.locator("h1")).hasText("Calibration");
        assertAccessible();

        roundBox(seeded.first().name()).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#calibration-basis")).containsText("From 3 assessments");
        assertThat(page.locator("#agreement-table tr", new Page.LocatorOptions().setHasText("All grade rows together")))
                .containsText("0.69");
        assertThat(page.locator("#tendency-table tr", new Page.LocatorOptions().setHasText("Lee Lead")))
                .containsText("-0.31 more lenient");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Chart: weighted kappa per grade row")))
                .isVisible();
        assertThat(roundBox(seeded.first().name())).isChecked();
        assertAccessible();
        screenshotAs("calibration.png");

        page.setViewportSize(390, 844);
        open("/admin/calibration?round=" + seeded.first().id() + "&round=" + seeded.second().id());
        Assertions.assertTrue((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "the page fits 390 px (tables and charts scroll inside their own boxes)");
        screenshotAs("calibration-phone.png");
    }

    private Locator roundBox(String name) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
