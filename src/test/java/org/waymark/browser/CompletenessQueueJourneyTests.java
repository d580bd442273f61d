package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.waymark.account.Role;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.internal.Round;
import org.waymark.submission.internal.Submission;
import org.waymark.submission.internal.SubmissionService;

/**
 * The accrediting body's completeness check, end to end: a candidate's submission appears in the administrator's
 * queue; the administrator returns it with a message; the candidate reads it in their email and on their
 * submission's page; once they have submitted again, the administrator accepts it for assessment.
 */
class CompletenessQueueJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    ApplicationContext application;
    @Autowired
    SubmissionService submitting;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorReturnsASubmissionWithAMessageAndAcceptsItWhenItComesBack() {
        SubmissionFixtures fixtures = new SubmissionFixtures(application);
        String candidateEmail = uniqueEmail("returned-candidate");
        String candidateName = "Quinn Queued " + UUID.randomUUID().toString().substring(0, 4);
        UUID candidate = createPerson(candidateName, candidateEmail, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = fixtures.completePortfolio(candidate);
        fixtures.paidRegistration(candidate, "associate");
        Round round = fixtures.fixedRound(Instant.now().plus(Duration.ofDays(30)));
        Submission first = submitting.submit(candidate, portfolio, round.id(), "Lena Manager", "lena@example.org", Instant.now());

        String adminEmail = uniqueEmail("checking-admin");
        createPerson("Ada Checker", adminEmail, PASSWORD, Role.ADMINISTRATOR);
        signIn(adminEmail, PASSWORD);
        open("/home");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Submissions to check")).click();
        assertAccessible();
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(first.reference()));
        assertThat(row).containsText(candidateName);
        assertThat(row).containsText("Associate CMALT");
        assertThat(row).containsText(round.name());

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(candidateName)).click();
        assertThat(page.locator("h1")).containsText(first.reference());
        assertAccessible();
        assertThat(page.locator("main")).containsText("Every required section is there.");
        assertThat(page.locator("main")).containsText("Lena Manager");

        Locator main = page.locator("main");
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Return to the candidate")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".error-summary")).containsText("Enter a message");
        assertAccessible();

        String message = "Your contextual statement does not say what your role is. Please add a sentence about it.";
        main.getByLabel("Return to the candidate: your message").fill(message);
        main.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Return to the candidate")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(first.reference() + " is returned to the candidate");
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText(first.reference()))).hasCount(0);
        assertAccessible();

        String body = mailTo(candidateEmail, "has been returned to you");
        Assertions.assertTrue(body.contains(message), "the email carries the administrator's message:\n" + body);
        String submissionPath = "/submissions/" + first.id();
        Assertions.assertTrue(body.contains(submissionPath), "the email links the submission:\n" + body);

        signOutButton().click();
        signIn(candidateEmail, PASSWORD);
        open(submissionPath);
        assertThat(page.locator("main")).containsText(message);

        Submission again = submitting.submit(candidate, portfolio, round.id(), "Lena Manager", "lena@example.org", Instant.now());
        signOutButton().click();
        signIn(adminEmail, PASSWORD);
        open("/admin/submissions");
        Locator resubmitted = page.locator("tr", new Page.LocatorOptions().setHasText(again.reference()));
        assertThat(resubmitted).containsText("First submission");
        resubmitted.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(candidateName)).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accept for assessment")).click();
        assertThat(page.locator("h1")).hasText("Accept " + again.reference() + " for assessment?");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, accept for assessment")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(again.reference() + " is accepted for assessment");
        assertAccessible();

        Assertions.assertTrue(mailTo(candidateEmail, "is accepted for assessment").contains("A decision is due by"));
        open("/admin/submissions?round=" + round.id());
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(first.reference()))).containsText("Returned to the candidate");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(again.reference()))).containsText("Accepted for assessment");
    }

    /** The newest email to this address whose subject says this, as GreenMail received it over SMTP. */
    private String mailTo(String email, String subjectPart) {
        return awaitEmail(email, subjectPart).body();
    }
}
