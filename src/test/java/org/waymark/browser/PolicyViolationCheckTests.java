package org.waymark.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The harness itself: a Content-Security-Policy violation in the browser console fails the test, naming it. */
class PolicyViolationCheckTests extends BrowserTest {

    @Test
    void anInlineStyleThatThePolicyBlocksFailsTheTest() {
        page.route(url("/policy-probe"), route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setHeaders(Map.of("Content-Type", "text/html; charset=utf-8", "Content-Security-Policy", "style-src 'self'"))
                .setBody("<!DOCTYPE html><html lang=\"en\"><head><title>Probe</title></head>"
                        + "<body><main><p style=\"color: red\">Styled inline</p></main></body></html>")));
        page.navigate(url("/policy-probe"));

        AssertionFailedError failure = assertThrows(AssertionFailedError.class, this::assertAccessible);

        assertThat(failure.getMessage()).contains("Content-Security-Policy violation", "inline style", "/policy-probe");
        policyViolations.clear(); // seen and asserted: the test itself passes
    }

    @Test
    void waymarksOwnPagesShowNoViolation() {
        open("/");
        open("/sign-in");
        open("/no-such-page");
        assertThat(policyViolations).isEmpty();
    }
}
