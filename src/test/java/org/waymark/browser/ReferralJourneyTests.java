package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.account.Role;
import org.waymark.assessment.ReferralFixtures;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.SubmissionSummary;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.SubmissionService;

/**
 * A referred candidate reads the referral on their submission, resubmits with a summary of what changed (a missing
 * summary is explained next to the field, nothing lost) and gets the receipt; the assessor of the resubmission reads
 * the summary and the word-level changes. A candidate appeals against an outcome and an administrator decides it;
 * the candidate is emailed on receipt and on decision. Outcomes are released directly (ReferralFixtures).
 */
class ReferralJourneyTests extends BrowserTest {

    @Autowired
    private ApplicationContext spring;
    @Autowired
    private SubmissionService submissions;
    @Autowired
    private Permissions permissions;

    private ReferralFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReferralFixtures(spring);
    }

    @Test
    void aReferredCandidateResubmitsWithASummaryAndTheAssessorReadsWhatChanged() {
        String email = uniqueEmail("referred");
        UUID candidate = fixtures.submissions.candidate("Rae Referred", email);
        ReferralFixtures.Released referred = fixtures.referred(candidate);
        fixtures.submissions.rewrite(candidate, referred.portfolio(), "1b", "<p>What I did for 1b, with my learners' views.</p>");

        signIn(email, SubmissionFixtures.PASSWORD);
        open("/submissions/" + referred.submission().id());
        assertThat(main().locator("#referral")).containsText("Referral - minor revisions");
        assertThat(main().locator("#referral")).containsText("until");
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Resubmit").setExact(true)).click();
        page.waitForURL(url -> url.endsWith("/resubmit"));
        assertAccessible();

        main().getByLabel(referred.round().name()).check();
        main().getByLabel("I confirm this is the portfolio I want assessed again").check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resubmit portfolio")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(main().locator("#changeSummary-error")).containsText("Summarise what you changed");
        assertThat(main().getByLabel(referred.round().name())).isChecked();
        assertAccessible();

        main().getByLabel("Summary of what you changed").fill("I added my learners' views to 1b.");
        main().getByLabel("I confirm this is the portfolio I want assessed again").check();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resubmit portfolio")).click();
        page.waitForURL(url -> url.endsWith("/submitted"));
        assertAccessible();
        SubmissionSummary again = submissions.resubmissionAfter(referred.submission().id()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(awaitEmail(email, "Portfolio received: " + again.reference()).body())
                .contains("Resubmission");

        UUID assessmentId = fixtures.assessmentOf(submissions.submission(again.id()).orElseThrow());
        String assessorEmail = uniqueEmail("assessor");
        UUID assessor = createPerson("Ash Assessor", assessorEmail, SubmissionFixtures.PASSWORD, Role.ASSESSOR).id();
        permissions.grant(assessor, Relation.ASSESSOR, Submitting.OBJECT_TYPE, again.id(), Instant.now().plusSeconds(3600));
        signOutButton().click();
        signIn(assessorEmail, SubmissionFixtures.PASSWORD);
        open("/assessor/assessments/" + assessmentId + "/changes");
        assertThat(main().locator(".change-summary")).hasText("I added my learners' views to 1b.");
        assertThat(main().locator(".changes-text ins").first()).containsText("with my learners");
        assertThat(main().locator(".changes-text ins .visually-hidden").first()).hasText("(added: ");
    }

    @Test
    void aCandidateAppealsAndAnAdministratorDecidesWithTheCandidateEmailedBothTimes() {
        String email = uniqueEmail("appellant");
        UUID candidate = fixtures.submissions.candidate("Ari Appellant", email);
        ReferralFixtures.Released released = fixtures.referred(candidate);
        String reference = released.submission().reference();

        signIn(email, SubmissionFixtures.PASSWORD);
        open("/submissions/" + released.submission().id());
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("appeal against this outcome")).click();
        page.waitForURL(url -> url.endsWith("/appeal"));
        assertAccessible();
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send appeal")).click();
        assertThat(main().locator("#reason-error")).containsText("Give the reason");
        assertAccessible();
        main().getByLabel("Why you are appealing").fill("Section 2a was not taken into account.");
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send appeal")).click();
        assertThat(main().locator(".notice")).containsText("Your appeal has been received");
        assertThat(main()).containsText("Waiting for a decision");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(awaitEmail(email, "We have received your appeal on " + reference).body())
                .contains("/submissions/" + released.submission().id() + "/appeal");

        String adminEmail = uniqueEmail("admin");
        createPerson("Ada Admin", adminEmail, SubmissionFixtures.PASSWORD, Role.ADMINISTRATOR);
        signOutButton().click();
        signIn(adminEmail, SubmissionFixtures.PASSWORD);
        open("/admin/appeals");
        main().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(reference)).click();
        page.waitForURL(url -> url.contains("/admin/appeals/"));
        assertAccessible();
        assertThat(main()).containsText("Section 2a was not taken into account.");
        main().getByLabel("Uphold: the outcome stands").check();
        main().getByLabel("Reason for the decision").fill("Both reviews graded 2a and explain why.");
        main().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record decision")).click();
        assertThat(main().locator(".notice")).containsText("Decision recorded");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(awaitEmail(email, "Your appeal on " + reference + " has been decided").body())
                .contains("the outcome stands").contains("Both reviews graded 2a and explain why.");
    }

    private Locator main() {
        return page.locator("main");
    }
}
