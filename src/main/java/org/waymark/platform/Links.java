package org.waymark.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links for emails: from the request being served (behind a proxy, its forwarded host), else the configured base URL. */
@Component
public class Links {

    private final String baseUrl;

    Links(@Value("${waymark.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String absolute(String path) {
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
        }
        return baseUrl + path;
    }
}
