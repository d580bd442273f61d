package org.waymark.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the controller of the signed-in home page, so that a module adding its own panel to that page does so with
 * {@code @ControllerAdvice(annotations = HomePage.class)}: advice of that kind runs for the home page's controller
 * alone, not on every request (an autosave included) only to find it is not the home page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HomePage {
}
