package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.waymark.account.Role;
import org.waymark.award.Award;
import org.waymark.award.internal.AwardService;
import org.waymark.export.TranscriptFixtures;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * A holder finds their award and its certificate; a signed-out visitor checks the certificate by its number; an
 * administrator revokes the award (after a refused attempt) and the verification page says so. Every page passes axe.
 */
class AwardJourneyTests extends BrowserTest {

    @Autowired
    AwardService awards;
    @Autowired
    org.springframework.context.ApplicationContext spring;

    @Test
    void aHolderDownloadsTheCertificateAVisitorChecksItAndARevocationShows() {
        String holderEmail = uniqueEmail("holder");
        UUID holder = createPerson("Hana Holder", holderEmail, "holder password 1", Role.CANDIDATE).id();
        Award award = awards.issue(holder, "cmalt", UUID.randomUUID(), "pass", null);

        signIn(holderEmail, "holder password 1");
        open("/awards");
        Locator main = page.locator("main");
        assertThat(main).containsText(award.certificateNumber());
        assertThat(main).containsText("Valid");
        // The link is followed with the page's own session; rendering the PDF the first time on a busy machine
        // (fonts, templates) can outlast a click's wait, so the answer is fetched with a minute's patience.
        Locator link = main.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Download the certificate " + award.certificateNumber() + " (PDF)"));
        com.microsoft.playwright.APIResponse certificate = page.request().get(url(link.getAttribute("href")),
                com.microsoft.playwright.options.RequestOptions.create().setTimeout(60_000));
        org.assertj.core.api.Assertions.assertThat(certificate.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(certificate.headers().get("content-disposition"))
                .isEqualTo("attachment; filename=\"" + award.certificateNumber() + ".pdf\"");
        signOutButton().click();

        open("/");
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Check a certificate")).click();
        assertAccessible();
        page.locator("main").getByLabel("Certificate number").fill("CMALT-1999-00001");
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check the certificate")).click();
        assertAccessible();
        assertThat(page.locator("#number-error")).containsText("No certificate has the number CMALT-1999-00001");
        page.locator("main").getByLabel("Certificate number").fill(award.certificateNumber().toLowerCase());
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Check the certificate")).click();
        assertAccessible();
        assertThat(page.locator("#standing")).containsText("Valid");
        assertThat(page.locator("main dl")).containsText("Hana Holder");
        assertThat(page.locator("main")).not().containsText(holderEmail);
        screenshotAs("certificate-check.png");

        String admin = uniqueEmail("admin");
        createPerson("Ada Admin", admin, "administrator password", Role.ADMINISTRATOR);
        signIn(admin, "administrator password");
        open("/admin/awards?q=" + award.certificateNumber());
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(award.certificateNumber())).click();
        assertAccessible();
        page.locator("main").getByLabel("Reason").fill("Portfolio found to be plagiarised");
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke the award")).click();
        assertAccessible();
        assertThat(page.locator("#confirm-error")).containsText("Tick the box to confirm");
        assertThat(page.locator("main").getByLabel("Reason")).hasValue("Portfolio found to be plagiarised");
        page.locator("main").getByLabel("I understand that a revoked award cannot be restored here").check();
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke the award")).click();
        assertAccessible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("has been revoked");

        open("/verify/" + award.verificationToken());
        assertThat(page.locator("#standing")).containsText("Revoked");
        assertThat(page.locator("main")).not().containsText("plagiarised");
    }

    @Test
    void aHolderDownloadsTheCertificateAndReadsAndDownloadsTheTranscriptOfTheirAssessment() throws Exception {
        String email = uniqueEmail("holder");
        TranscriptFixtures.Awarded a = new TranscriptFixtures(spring).awarded(email);
        String number = a.award().certificateNumber();

        signIn(email, org.waymark.assessment.ReviewFixtures.PASSWORD);
        open("/awards");
        Locator main = page.locator("main");
        String certificate = main.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Download the certificate " + number + " (PDF)")).getAttribute("href");
        org.assertj.core.api.Assertions.assertThat(download(certificate).status()).isEqualTo(200);

        main.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Assessment transcript for " + number)).click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Assessment transcript");
        assertThat(page.locator("#outcome")).hasText("Pass");
        assertThat(page.locator("#assessment-type")).hasText("First submission");
        Locator grades = main.getByRole(AriaRole.TABLE);
        assertThat(grades.locator("thead")).containsText("Assessor 1 (lead)");
        assertThat(grades.locator("thead")).containsText("Assessor 2");
        assertThat(grades.locator("tbody tr")).hasCount(a.sheet().rows().size() + a.sheet().principles().size() + 5);
        assertThat(main).containsText(TranscriptFixtures.LEAD_FEEDBACK);
        assertThat(main).containsText(TranscriptFixtures.SECOND_FEEDBACK);
        assertThat(main).not().containsText("Lee Lead");
        screenshotAs("transcript.png");

        page.setViewportSize(390, 844);
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling of the page at phone width").isTrue();
        screenshotAs("transcript-phone.png");

        String pdf = main.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Download the transcript " + number + " (PDF)")).getAttribute("href");
        com.microsoft.playwright.APIResponse transcript = download(pdf);
        org.assertj.core.api.Assertions.assertThat(transcript.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(transcript.headers().get("content-disposition"))
                .isEqualTo("attachment; filename=\"" + number + "-transcript.pdf\"");
        try (var document = org.apache.pdfbox.Loader.loadPDF(transcript.body())) {
            org.assertj.core.api.Assertions.assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Assessment transcript", "Cat Candidate", number);
        }
    }

    /** Fetched with the page's own session; the first PDF on a busy machine can outlast a click's wait. */
    private com.microsoft.playwright.APIResponse download(String href) {
        return page.request().get(url(href), com.microsoft.playwright.options.RequestOptions.create().setTimeout(60_000));
    }
}
