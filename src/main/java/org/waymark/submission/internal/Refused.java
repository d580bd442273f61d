package org.waymark.submission.internal;

import java.util.Map;

/** Details that cannot be saved (a round, an extension): one message per field (its id in the form), in the form's order. */
public class Refused extends RuntimeException {

    private final transient Map<String, String> problems;

    public Refused(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
