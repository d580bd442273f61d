package org.waymark.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness itself: a page that breaks WCAG fails the test, and says where and why. */
class AccessibilityCheckTests extends BrowserTest {

    @Test
    void anInaccessiblePageFailsWithAReadableListOfViolations() {
        page.setContent("<!DOCTYPE html><html><head><title>Broken</title></head>"
                + "<body><main><img id=\"photo\" src=\"data:,\"><input id=\"name\" type=\"text\"></main></body></html>");

        AssertionFailedError failure = assertThrows(AssertionFailedError.class, this::assertAccessible);

        assertThat(failure.getMessage())
                .contains("html-has-lang (serious)")
                .contains("image-alt (critical): Images must have alternative text")
                .contains("#photo")
                .contains("label (critical)")
                .contains("#name");
    }
}
