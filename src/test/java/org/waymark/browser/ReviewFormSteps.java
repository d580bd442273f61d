package org.waymark.browser;

import com.microsoft.playwright.Locator;

/**
 * Filling an assessor's review form the way an assessor does, for the journeys that review: every graded section
 * and core principle given one grade, every ungraded statement (contextual statement, future plans) marked complete,
 * a recommended outcome chosen and the written feedback typed. Works from the page alone (no review sheet needed), so
 * a journey that reached the form through allocation fills it the same as one that started from a fixture.
 */
final class ReviewFormSteps {

    private ReviewFormSteps() {
    }

    /**
     * @param main    the page's {@code main} element
     * @param grade   a grade key of the framework file ({@code strong}, {@code adequate}, ...)
     * @param outcome an outcome key ({@code pass}, {@code referral-minor}, ...)
     */
    static void fill(Locator main, String grade, String outcome, String feedback) {
        checkEvery(main.locator("input[type=radio][name^='grade-'][value='" + grade + "']"));
        checkEvery(main.locator("input[type=radio][name^='complete-'][value=yes]"));
        checkEvery(main.locator("input[type=radio][name^='principle-'][value='" + grade + "']"));
        main.locator("input[name=recommendedOutcome][value='" + outcome + "']").check();
        main.getByLabel("Written feedback for the candidate").fill(feedback);
    }

    private static void checkEvery(Locator radios) {
        int count = radios.count();
        if (count == 0) {
            throw new AssertionError("No radio " + radios + " on the review form");
        }
        for (int i = 0; i < count; i++) {
            radios.nth(i).check();
        }
    }
}
