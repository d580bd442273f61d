package org.waymark.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** At a phone's width (WCAG 1.4.10 Reflow): nothing needs scrolling sideways. */
class SmallScreenTests extends BrowserTest {

    @Test
    void signInPageFitsAPhoneWithoutScrollingSideways() {
        page.setViewportSize(390, 844);
        open("/sign-in");
        int scrollWidth = (int) page.evaluate("() => document.documentElement.scrollWidth");
        int clientWidth = (int) page.evaluate("() => document.documentElement.clientWidth");
        assertTrue(scrollWidth <= clientWidth, "page is " + scrollWidth + "px wide in a " + clientWidth + "px window");
    }
}
