package org.waymark.submission.web;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the multipart limit fails while the request is read, before a controller is chosen (as for
 * evidence, see portfolio's OversizedUploadResolver). For the external submission address this shows the form
 * again with the limit, status 413, instead of an error page.
 */
@Component
class ExternalUploadTooLargeResolver implements HandlerExceptionResolver, Ordered {

    private static final Pattern SUBMIT_EXTERNAL = Pattern.compile("^/rounds/([0-9a-fA-F-]{36})/submit-external/?$");
    private static final Pattern PATHWAY = Pattern.compile("(?:^|&)pathway=([a-z0-9-]{1,30})(?:&|$)");

    private final ExternalSubmissionController controller;

    ExternalUploadTooLargeResolver(ExternalSubmissionController controller) {
        this.controller = controller;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!(exception instanceof MaxUploadSizeExceededException)) {
            return null;
        }
        Matcher address = SUBMIT_EXTERNAL.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!address.matches()) {
            return null;
        }
        // Only the query string: asking for a body parameter would read the oversized upload again.
        Matcher pathway = PATHWAY.matcher(request.getQueryString() == null ? "" : request.getQueryString());
        return controller.tooLarge(UUID.fromString(address.group(1)), pathway.find() ? pathway.group(1) : null,
                SecurityContextHolder.getContext().getAuthentication());
    }
}
