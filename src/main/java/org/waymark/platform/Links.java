package org.waymark.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links for emails, always from the configured {@code waymark.base-url}. Never from the request being
 * served: its {@code Host} and {@code X-Forwarded-Host} headers are whatever the sender wrote, and a reset link
 * pointing at someone else's host hands them the token.
 */
@Component
public class Links {

    private final String baseUrl;

    Links(@Value("${waymark.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String absolute(String path) {
        return baseUrl + path;
    }
}
