package org.waymark.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every action any module publishes is named {@code object.past-tense-verb} and has a label: read from the
 * sources, so that a new {@code new AuditEvent(…, "some-action", …)} without one fails here.
 */
class AuditActionNamesTests {

    /** The action argument of {@code new AuditEvent(actor, action, …)}, and of the evidence library's own helper. */
    private static final Pattern PUBLISHED = Pattern.compile(
            "new AuditEvent\\([^,]+,\\s*([^,]+),|\\baudit\\(\\w+,\\s*(\"[^\"]*\"),");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    @Test
    void everyPublishedActionIsNamedObjectDotPastTenseAndLabelled() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher call = PUBLISHED.matcher(Files.readString(file));
                while (call.find()) {
                    String argument = call.group(1) != null ? call.group(1) : call.group(2);
                    Matcher literal = LITERAL.matcher(argument);
                    while (literal.find()) {
                        found.add(file.getFileName() + ": " + literal.group(1));
                    }
                }
            }
        }
        assertThat(found).as("actions found in the sources").hasSizeGreaterThan(20);
        assertThat(found).allSatisfy(entry -> {
            String action = entry.substring(entry.indexOf(": ") + 2);
            assertThat(action).as(entry).matches(AuditActions.NAME);
            assertThat(AuditActions.known(action)).as(entry + " has a label in AuditActions").isTrue();
        });
    }
}
