package org.waymark.web;

import java.beans.PropertyEditorSupport;
import java.util.List;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * How every form and path variable of Waymark's controllers is bound: the same rules for every binder Spring MVC makes.
 * They were an {@code @InitBinder} method of a {@code @ControllerAdvice}, which Spring finds and calls through
 * reflection for each binder (an autosave makes three: its form and its two ids), a thirtieth of an autosave's CPU
 * (issue 7 profile); a handler adapter whose binder factory applies them directly does the same for every binder.
 * (Not a wrapped {@code WebBindingInitializer}: method validation needs the {@code ConfigurableWebBindingInitializer}
 * Spring Boot sets up, which this leaves in place.)
 */
final class FormBinding extends RequestMappingHandlerAdapter {

    @Override
    protected ServletRequestDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> binderMethods) {
        return new ServletRequestDataBinderFactory(binderMethods, getWebBindingInitializer()) {
            @Override
            public void initBinder(WebDataBinder binder, NativeWebRequest request) throws Exception {
                super.initBinder(binder, request); // any @InitBinder method a controller has of its own
                prepare(binder);
            }
        };
    }

    /** The rules, for every binder. */
    static void prepare(WebDataBinder binder) {
        // Typed form fields (versions, ids, tick boxes) are never typed by a person, so a value that does not convert was
        // not sent by Waymark's page: refuse the request (ErrorPages: "Bad request") rather than show a form with a
        // message nobody can act on. (Without this, the value is quietly null and the handler goes on with it.)
        binder.setBindingErrorProcessor(REFUSE_UNREADABLE_VALUES);
        // A form's fields come from the form, never from request headers (Spring binds headers to fields of the same
        // name since 6.2): no header may set a field such as "action" or "version", and not looking costs nothing
        // (it was a fiftieth of an autosave's CPU).
        if (binder instanceof ExtendedServletRequestDataBinder fromRequest) {
            fromRequest.setHeaderPredicate(header -> false);
        }
        // No person types a NUL character, and PostgreSQL refuses text that holds one: drop it from every value.
        binder.registerCustomEditor(String.class, new WithoutNul());
    }

    private static final DefaultBindingErrorProcessor REFUSE_UNREADABLE_VALUES = new DefaultBindingErrorProcessor() {
        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            throw ex;
        }
    };

    /** A property editor holds the value it converts, so each binder gets its own. */
    private static final class WithoutNul extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null ? null : text.replace("\u0000", ""));
        }
    }
}
