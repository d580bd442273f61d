package org.waymark.submission.internal;

import java.util.Map;

import org.springframework.core.io.InputStreamSource;

/**
 * What a candidate sends for a portfolio written elsewhere: a link ({@code url}) or one file, never both; access
 * details for a link that needs them (optional); where each section is, by row id of {@link ExternalSectionRows}
 * ({@code rowCounts} says how many rows each repeatable area has); an optional line manager; the declaration.
 */
public record ExternalPortfolio(String url, Upload file, String access, Map<String, String> locations,
                                Map<String, Integer> rowCounts, String lineManagerName, String lineManagerEmail,
                                boolean declared) {

    /** An uploaded file as it arrived; {@code content} may be read more than once. */
    public record Upload(String fileName, long sizeBytes, InputStreamSource content) {
    }
}
