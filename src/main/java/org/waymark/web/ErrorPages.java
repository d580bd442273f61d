package org.waymark.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Requests that Waymark's own pages could never have sent (a version that is not a number, a tick box whose value
 * is not true, a key that is on no list, a missing field) get the "Bad request" page with status 400, never a 500.
 * A malformed id in the address is an address that does not exist: "Page not found", 404. Problems a person can
 * fix (an empty title, a password too short) are not handled here: their form is shown again with the message.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /**
     * Typed form fields (versions, ids, tick boxes) are never typed by a person, so a value that does not convert
     * was not sent by Waymark's page: refuse the request rather than show a form with a message nobody can act on.
     * (Without this, the value is quietly null and the handler goes on with it.)
     */
    @InitBinder
    void refuseUnreadableValues(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
                throw ex;
            }
        });
        // A form's fields come from the form, never from request headers (Spring binds headers to fields of the same
        // name since 6.2): no header may set a field such as "action" or "version", and not looking costs nothing
        // (it was a fiftieth of an autosave's CPU).
        if (binder instanceof ExtendedServletRequestDataBinder fromRequest) {
            fromRequest.setHeaderPredicate(header -> false);
        }
        // No person types a NUL character, and PostgreSQL refuses text that holds one: drop it from every value.
        binder.registerCustomEditor(String.class, new java.beans.PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null ? null : text.replace("\u0000", ""));
            }
        });
    }

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
