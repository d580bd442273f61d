package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.waymark.account.Role;
import org.waymark.assessment.ReviewFixtures;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.award.Award;
import org.waymark.award.internal.AwardService;
import org.waymark.submission.SubmissionFixtures;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.Round;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * Certified membership: a lapsed member sees so on their awards page; an administrator records the fee (after a
 * refused attempt) and the member gets a receipt; the member submits the portfolio for review, it is assessed with the
 * review form and confirmed, the member is told by email and the next review is three years on. Every page passes axe.
 */
class MembershipJourneyTests extends BrowserTest {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    AwardService awards;
    @Autowired
    ApplicationContext spring;
    @Autowired
    Submitting submitting;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Outcomes outcomes;
    @Autowired
    AssessmentStore store;

    @Test
    void aLapsedMemberRenewsAndTheirPortfolioReviewIsSubmittedAndConfirmed() {
        String email = uniqueEmail("member");
        UUID holder = createPerson("Mel Member", email, "member password 1", Role.CANDIDATE).id();
        Award award = awards.recordEarlier(holder, "associate", awards.today().minusYears(1).minusMonths(11), null);
        SubmissionFixtures fixtures = new SubmissionFixtures(spring);
        fixtures.paidRegistration(holder, "associate");
        fixtures.completePortfolio(holder);
        Round round = fixtures.rollingRound();

        // The first page of a fresh server (templates compiled, caches filled) can outlast a navigation's wait on a busy
        // machine: fetched once with a minute's patience first.
        page.request().get(url("/sign-in"), com.microsoft.playwright.options.RequestOptions.create().setTimeout(60_000));
        signIn(email, "member password 1");
        open("/awards");
        assertAccessible();
        Locator main = page.locator("main");
        assertThat(main).containsText("Lapsed: certified membership not renewed");
        assertThat(main).containsText("Overdue since " + DATE.format(award.membershipPaidUntil()));
        signOutButton().click();

        String admin = uniqueEmail("admin");
        createPerson("Ada Admin", admin, "administrator password", Role.ADMINISTRATOR);
        signIn(admin, "administrator password");
        open("/admin/awards/" + award.id());
        assertAccessible();
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the payment")).click();
        assertAccessible();
        assertThat(page.locator("#confirmPayment-error")).containsText("Tick the box to confirm the fee has been received");
        page.locator("#confirmPayment").check();
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the payment")).click();
        assertAccessible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Payment recorded");
        assertThat(page.locator("#paid-until")).containsText(DATE.format(award.membershipPaidUntil().plusYears(1)));
        Email receipt = awaitEmail(email, "Receipt: certified membership fee");
        org.assertj.core.api.Assertions.assertThat(receipt.body())
                .contains("paid until " + DATE.format(award.membershipPaidUntil().plusYears(1)));
        signOutButton().click();

        signIn(email, "member password 1");
        open("/awards");
        page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Submit your portfolio for review (" + award.certificateNumber() + ")")).click();
        assertAccessible();
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit for review")).click();
        assertAccessible();
        assertThat(page.locator("#declared-error")).containsText("Confirm this is the portfolio you want reviewed");
        page.locator("input[name=round][value='" + round.id() + "']").check();
        page.locator("#declared").check();
        page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit for review")).click();
        assertAccessible();
        UUID submission = submitting.submittedBy(holder).getFirst().id();
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/submissions/" + submission + "/submitted");

        // Accepted, allocated and assessed with the review form (the assessors' pages are another journey's).
        ReviewFixtures.Allocated allocated = new ReviewFixtures(spring).allocatedAsSubmitted(submission, email);
        for (UUID assessor : List.of(allocated.second(), allocated.lead())) {
            Assessment current = store.find(allocated.assessment().id()).orElseThrow();
            var place = reviewing.acceptedPlace(current, assessor).orElseThrow();
            reviewing.submit(current, place, reviewing.reviewFor(current, place).version(),
                    ReviewFixtures.complete(reviewing.sheet(current), "adequate", "confirmed"));
        }
        Assessment reconciling = store.find(allocated.assessment().id()).orElseThrow();
        outcomes.release(outcomes.agree(reconciling, allocated.lead(), reconciling.version(), "confirmed"), allocated.admin());

        Email confirmed = awaitEmail(email, "Your portfolio review confirmed your award");
        String nextReview = DATE.format(award.portfolioReviewDueOn().plusYears(3));
        org.assertj.core.api.Assertions.assertThat(confirmed.body()).contains("next portfolio review is due on " + nextReview);
        awaitEmail(email, "Your CMALT assessment result");
        open("/awards");
        assertAccessible();
        assertThat(page.locator("main")).containsText("Due on " + nextReview);
        assertThat(page.locator("main")).containsText("Valid");
        screenshotAs("membership-awards.png");
    }
}
