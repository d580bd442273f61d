package org.waymark.portfolio.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An htmx save of a section larger than the server accepts for a form ({@code server.tomcat.max-http-form-post-size})
 * would fail inside the container with its own error page, which the editor cannot show. It is answered here instead,
 * before anything reads the body: 413 with a sentence the editor puts in its save status. Runs after Spring Security,
 * so an expired session is still told so first.
 */
@Component
class OversizedAutosaveFilter extends OncePerRequestFilter {

    static final String MESSAGE = "Not saved: this section is too large to save. Shorten it, or move long material "
            + "into evidence items. Your text is still in this page.";

    private static final Pattern SECTION_SAVE = Pattern.compile("/portfolios/[^/]+/sections/[^/]+");

    private final long limit;

    OversizedAutosaveFilter(@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize limit) {
        this.limit = limit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader("HX-Request") == null
                || !SECTION_SAVE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (limit < 0 || request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter().write(MESSAGE);
    }
}
