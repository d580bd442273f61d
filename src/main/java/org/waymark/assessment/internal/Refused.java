package org.waymark.assessment.internal;

import java.util.Map;

/** A change the assessment module will not make, with each problem by the form field it is about. */
public class Refused extends RuntimeException {

    private final Map<String, String> problems;

    public Refused(String field, String message) {
        this(Map.of(field, message));
    }

    public Refused(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
