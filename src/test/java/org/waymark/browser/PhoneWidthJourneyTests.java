package org.waymark.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;
import org.waymark.access.Permissions;
import org.waymark.access.Relation;
import org.waymark.account.Role;
import org.waymark.assessment.ReferralFixtures;
import org.waymark.assessment.ReviewFixtures;
import org.waymark.assessment.internal.review.Outcomes;
import org.waymark.assessment.internal.review.Reviewing;
import org.waymark.assessment.internal.store.Assessment;
import org.waymark.assessment.internal.store.AssessmentStore;
import org.waymark.submission.Submitting;
import org.waymark.submission.internal.CompletenessCheck;
import org.waymark.submission.internal.SubmissionService;
import org.waymark.portfolio.Portfolios;

/**
 * The main journey's pages at a desktop width (1280) and a phone's (390 x 844, WCAG 1.4.10 Reflow): axe-clean,
 * nothing to scroll sideways, and a screenshot of each in target/screenshots/ (name.png and name-phone.png)
 * for the documentation.
 */
class PhoneWidthJourneyTests extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String TEXT = "<p>I led the move of our induction course to the VLE, working with "
            + "<a href=\"https://example.org/course\">three departments</a> and the library.</p>"
            + "<ul><li>Planned the structure with tutors</li><li>Tested every page with a screen reader</li></ul>";

    @Autowired
    private Portfolios portfolios;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ApplicationContext spring;

    @Test
    void theMainPagesFitAPhoneAndADesktop() {
        page.setViewportSize(1280, 800);
        open("/sign-up");
        screenshotAs("sign-up.png");
        page.setViewportSize(390, 844);
        open("/sign-up");
        assertNoSidewaysScroll();
        screenshotAs("sign-up-phone.png");

        String email = uniqueEmail("phone");
        UUID person = createPerson("Pip Phone", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "cmalt");
        for (String key : new String[] {"context", "1a", "1b", "1c", "2a", "2b", "3a", "3b", "4a"}) {
            portfolios.write(person, portfolio, key, 0, null, TEXT, "<p>It went well; next time I would involve learners earlier.</p>",
                    "<p>Screenshots and an email of thanks.</p>", Set.of("explore", "communicate"));
        }
        portfolios.write(person, portfolio, "specialist", 0, "Digital accessibility", TEXT, "<p>What I learned.</p>",
                "<p>An audit report.</p>", Set.of("keep-up-to-date", "learn-from-colleagues"));
        UUID section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        signIn(email, PASSWORD);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/home");
        pages.put("portfolio", "/portfolios/" + portfolio);
        pages.put("section-editor", "/portfolios/" + portfolio + "/sections/" + section);
        pages.put("principles-map", "/portfolios/" + portfolio + "/principles");
        pages.put("preview", "/portfolios/" + portfolio + "/preview");

        page.setViewportSize(1280, 800);
        for (var entry : pages.entrySet()) {
            open(entry.getValue());
            screenshotAs(entry.getKey() + ".png");
        }
        page.setViewportSize(390, 844);
        for (var entry : pages.entrySet()) {
            open(entry.getValue());
            assertNoSidewaysScroll();
            screenshotAs(entry.getKey() + "-phone.png");
        }

        // The editor at phone width still works: the toolbar wraps, typing updates the count.
        open(pages.get("section-editor"));
        assertThat(page.locator("#description-editor")).isVisible();
        page.locator("#description-editor").focus();
        page.keyboard().press("End");
        page.keyboard().type(" Typed on a phone.");
        assertNoSidewaysScroll();
        assertAccessible();
    }

    /**
     * Issue 9's pages at 390 and 1280 wide: the assessor's list, a portfolio as submitted, the review form, the
     * reconciliation, what changed in a resubmission, the administrator's allocation page and the candidate's result.
     * Each is axe-clean, scrolls only downwards at phone width, and is saved as assessment-NAME(-phone).png.
     */
    @Test
    void theAssessmentPagesFitAPhoneAndADesktop() {
        ReviewFixtures reviews = new ReviewFixtures(spring);
        ReferralFixtures referrals = new ReferralFixtures(spring);
        String adminEmail = uniqueEmail("phone-admin");
        ReviewFixtures.Allocated a = reviews.allocated(reviews.rollingRound(), adminEmail, uniqueEmail("phone-candidate"),
                uniqueEmail("phone-lead"), uniqueEmail("phone-second"));
        String base = "/assessor/assessments/" + a.assessment().id();
        // Another accepted submission in the round, so the allocation page has a proposal as well as a confirmed row.
        UUID waiting = referrals.submissions.candidate("Wren Waiting-Longname-Hyphenated", uniqueEmail("waiting"));
        referrals.submissions.paidRegistration(waiting, "associate");
        UUID waitingPortfolio = referrals.submissions.completePortfolio(waiting);
        UUID waitingSubmission = spring.getBean(Submitting.class).submit(waiting, waitingPortfolio, a.round().id(), java.time.Instant.now());
        spring.getBean(CompletenessCheck.class).accept(a.admin(), waitingSubmission);

        // A resubmission whose changes the lead may read (a grant as allocation would give).
        UUID candidate = referrals.submissions.candidate("Rae Referred", uniqueEmail("changed"));
        ReferralFixtures.Released referred = referrals.referred(candidate);
        referrals.submissions.rewrite(candidate, referred.portfolio(), "1b",
                "<p>What I did for 1b, with my learners' views and https://example.org/a-very-long-address-that-must-wrap-on-a-phone-screen.</p>");
        var again = spring.getBean(SubmissionService.class).resubmit(candidate, referred.submission().id(), referred.round().id(),
                "I added my learners' views to 1b.", java.time.Instant.now());
        UUID resubmissionAssessment = referrals.assessmentOf(again);
        spring.getBean(Permissions.class).grant(a.lead(), Relation.ASSESSOR, Submitting.OBJECT_TYPE, again.id(),
                java.time.Instant.now().plusSeconds(3600));

        // Each person signs in once: the second assessor, the administrator, the lead, the candidate.
        Map<String, Runnable> pages = new LinkedHashMap<>();
        pages.put("assessor-home", () -> asPerson(a.secondEmail(), "/assessor"));
        pages.put("assessor-portfolio", () -> asPerson(a.secondEmail(), base));
        pages.put("assessor-review", () -> asPerson(a.secondEmail(), base + "/review"));
        pages.put("allocation", () -> asPerson(adminEmail, "/admin/assessors/allocation/" + a.round().id()));
        visitAtBothWidths(pages);

        submitBothReviews(a);
        pages.clear();
        pages.put("reconcile", () -> asPerson(a.leadEmail(), base + "/reconcile"));
        pages.put("changes", () -> asPerson(a.leadEmail(), "/assessor/assessments/" + resubmissionAssessment + "/changes"));
        visitAtBothWidths(pages);

        Assessment reconciling = spring.getBean(AssessmentStore.class).find(a.assessment().id()).orElseThrow();
        Assessment decided = spring.getBean(Outcomes.class).agree(reconciling, a.lead(), reconciling.version(), "referral-minor");
        spring.getBean(Outcomes.class).release(decided, a.admin());
        pages.clear();
        pages.put("outcome", () -> asPerson(a.candidateEmail(), "/submissions/" + a.assessment().submissionId() + "/outcome"));
        visitAtBothWidths(pages);
    }

    private String signedInAs;

    /** Opens the path as this person, signing in (and out of whoever was signed in) only when the person changes. */
    private void asPerson(String email, String path) {
        if (!email.equals(signedInAs)) {
            context.clearCookies();
            signIn(email, ReviewFixtures.PASSWORD);
            signedInAs = email;
        }
        open(path);
    }

    private void visitAtBothWidths(Map<String, Runnable> pages) {
        for (var entry : pages.entrySet()) {
            page.setViewportSize(1280, 800);
            entry.getValue().run();
            screenshotAs("assessment-" + entry.getKey() + ".png");
            page.setViewportSize(390, 844);
            entry.getValue().run();
            assertNoSidewaysScroll();
            screenshotAs("assessment-" + entry.getKey() + "-phone.png");
        }
    }

    private void submitBothReviews(ReviewFixtures.Allocated a) {
        Reviewing reviewing = spring.getBean(Reviewing.class);
        AssessmentStore store = spring.getBean(AssessmentStore.class);
        for (UUID assessor : java.util.List.of(a.second(), a.lead())) {
            Assessment current = store.find(a.assessment().id()).orElseThrow();
            var place = reviewing.acceptedPlace(current, assessor).orElseThrow();
            reviewing.submit(current, place, reviewing.reviewFor(current, place).version(), ReviewFixtures.complete(
                    reviewing.sheet(current), assessor.equals(a.lead()) ? "strong" : "adequate", "referral-minor"));
        }
    }

    /** WCAG 2.4.11 Focus Not Obscured: the sticky save bar must never hide the field that has focus. */
    @Test
    void tabbingThroughTheEditorOnAPhoneNeverHidesFocusBehindTheSaveBar() {
        String email = uniqueEmail("focus");
        UUID person = createPerson("Fay Focus", email, PASSWORD, Role.CANDIDATE).id();
        UUID portfolio = portfolios.start(person, "cmalt");
        portfolios.write(person, portfolio, "1a", 0, null, TEXT, TEXT, TEXT, Set.of("explore"));
        UUID section = jdbc.sql("SELECT id FROM portfolio_section WHERE portfolio_id = ? AND section_key = '1a'")
                .param(portfolio).query(UUID.class).single();
        signIn(email, PASSWORD);
        for (int[] size : new int[][] {{390, 844}, {1280, 720}}) {
            page.setViewportSize(size[0], size[1]);
            open("/portfolios/" + portfolio + "/sections/" + section);
            tabThroughWatchingTheSaveBar(size[0]);
        }
    }

    private void tabThroughWatchingTheSaveBar(int width) {
        for (int presses = 0; presses < 45; presses++) {
            page.keyboard().press("Tab");
            String hidden = (String) page.evaluate("""
                    () => {
                      const f = document.activeElement, bar = document.querySelector('.save-bar');
                      if (!f || !bar || bar.contains(f)) return '';
                      const r = f.getBoundingClientRect(), b = bar.getBoundingClientRect();
                      return r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.height > 0
                        ? f.outerHTML.slice(0, 120) + ' at ' + Math.round(r.top) + '-' + Math.round(r.bottom)
                          + ', save bar at ' + Math.round(b.top) + '-' + Math.round(b.bottom) : '';
                    }""");
            assertTrue(hidden.isEmpty(), "at " + width + "px, focus is hidden behind the save bar after " + (presses + 1) + " Tabs: " + hidden);
        }
    }

    private void assertNoSidewaysScroll() {
        int scrollWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        int clientWidth = ((Number) page.evaluate("() => document.documentElement.clientWidth")).intValue();
        assertTrue(scrollWidth <= clientWidth, page.url() + " is " + scrollWidth + "px wide in a " + clientWidth
                + "px window; wider elements: " + page.evaluate("() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                + ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')"));
    }
}
