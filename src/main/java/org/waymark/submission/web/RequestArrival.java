package org.waymark.submission.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When a request arrived, read from the {@link Clock} before anything reads its body: a deadline is judged at
 * arrival, so a large upload that started in time counts even if it finishes after the deadline. First of all
 * filters (before Spring Security's CSRF check, which would read a multipart body to find the token).
 * Ask with {@code RequestArrival.of(request)}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestArrival extends OncePerRequestFilter {

    static final String ATTRIBUTE = RequestArrival.class.getName();

    private final Clock clock;

    RequestArrival(Clock clock) {
        this.clock = clock;
    }

    /** The instant this request arrived; the clock's now for a request the filter did not see (such as in a unit test). */
    public static Instant of(HttpServletRequest request, Clock clock) {
        return request.getAttribute(ATTRIBUTE) instanceof Instant arrived ? arrived : clock.instant();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(ATTRIBUTE, clock.instant());
        chain.doFilter(request, response);
    }
}
