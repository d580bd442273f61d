package org.waymark.portfolio.evidence.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.portfolio.evidence.EvidenceLibrary;

/**
 * An upload larger than the multipart limit fails while the request is read, before any controller is chosen, so
 * a {@code @ControllerAdvice} never sees it. For the add-evidence address this shows the form again with the
 * limit, status 413, instead of an error page. Nothing of the form arrived, so it says to fill it in again.
 */
@Component
class OversizedUploadResolver implements HandlerExceptionResolver, Ordered {

    private static final Pattern ADD_EVIDENCE = Pattern.compile("^/portfolios/([0-9a-fA-F-]{36})/evidence/?$");

    private final Permissions permissions;
    private final EvidenceLibrary library;

    OversizedUploadResolver(Permissions permissions, EvidenceLibrary library) {
        this.permissions = permissions;
        this.library = library;
    }

    private static UUID actor() {
        try {
            return UUID.fromString(SecurityContextHolder.getContext().getAuthentication().getName());
        } catch (RuntimeException notAPerson) {
            return null;
        }
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
        Matcher matcher = ADD_EVIDENCE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!matcher.matches()) {
            return null;
        }
        UUID portfolioId = UUID.fromString(matcher.group(1));
        if (!permissions.may(SecurityContextHolder.getContext().getAuthentication(), Action.EDIT,
                EvidenceController.PORTFOLIO, portfolioId)) {
            return null;
        }
        library.uploadRefused(portfolioId, actor(), null, request.getContentLengthLong(),
                "larger than the limit of " + library.maxFileSize());
        ModelAndView page = new ModelAndView("evidence/form");
        page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("portfolioId", portfolioId);
        page.addObject("item", null);
        page.addObject("form", new EvidenceForm(org.waymark.portfolio.evidence.EvidenceKind.FILE, null, null, null, null, false));
        page.addObject("errors", Map.of("file", "The selected file must be smaller than " + library.maxFileSize()
                + ". Choose a smaller file and fill in the form again: nothing you sent was received"));
        page.addObject("maxFileSize", library.maxFileSize());
        page.addObject("maxFileBytes", library.maxFileBytes());
        return page;
    }
}
