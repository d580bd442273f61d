package org.waymark.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests that Waymark's own pages could never have sent (a version that is not a number, a tick box whose value
 * is not true, a key that is on no list, a missing field) get the "Bad request" page with status 400, never a 500.
 * A malformed id in the address is an address that does not exist: "Page not found", 404. Problems a person can
 * fix (an empty title, a password too short) are not handled here: their form is shown again with the message.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatchedArgument(MethodArgumentTypeMismatchException ex) {
        MethodParameter parameter = ex.getParameter();
        if (parameter.hasParameterAnnotation(PathVariable.class)) {
            return page(HttpStatus.NOT_FOUND, null);
        }
        return badRequest(ex, ex.getName());
    }

    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView mismatchedValue(TypeMismatchException ex) {
        return badRequest(ex, ex.getPropertyName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException ex) {
        return badRequest(ex, ex.getParameterName());
    }

    /** A {@code @Valid} form without a {@code BindingResult} beside it: nothing to show the form again with. */
    @ExceptionHandler({BindException.class, HttpMessageNotReadableException.class})
    ModelAndView unreadable(Exception ex) {
        return badRequest(ex, null);
    }

    /** Thrown for values that are on no list: an unknown section key, pathway or role. */
    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView illegalArgument(IllegalArgumentException ex) {
        log.warn("Refused a request with an unusable value", ex);
        return page(HttpStatus.BAD_REQUEST, null);
    }

    private static ModelAndView badRequest(Exception ex, String field) {
        log.info("Refused a malformed request: {}", ex.getMessage());
        return page(HttpStatus.BAD_REQUEST, field);
    }

    /** The error page for a status; {@code field} names the value that could not be read, when known. */
    static ModelAndView page(HttpStatus status, String field) {
        ModelAndView page = new ModelAndView("error/page", status);
        page.addObject("status", status.value());
        page.addObject("heading", switch (status) {
            case NOT_FOUND -> "Page not found";
            case BAD_REQUEST -> "Bad request";
            case FORBIDDEN -> "You cannot do that";
            case PAYLOAD_TOO_LARGE, CONTENT_TOO_LARGE -> "That file is too large";
            default -> "Sorry, something went wrong";
        });
        page.addObject("field", field);
        return page;
    }
}
