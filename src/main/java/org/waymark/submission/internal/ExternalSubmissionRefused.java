package org.waymark.submission.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An external submission was not made, with every reason at once: field id (as on the form: "url", "file",
 * "access", "at-1b", "lineManagerEmail", "declared", or "round" and "registration" for the page) to message,
 * in the order of the page.
 */
public class ExternalSubmissionRefused extends RuntimeException {

    private final Map<String, String> problems;

    public ExternalSubmissionRefused(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
