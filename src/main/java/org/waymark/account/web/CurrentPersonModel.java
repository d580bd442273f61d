package org.waymark.account.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.waymark.account.People;
import org.waymark.web.LayoutModel;

/**
 * Puts the signed-in person's name, and a reminder when their email is unverified, on every page: after the handler,
 * and only when a page (not an htmx fragment, a redirect or an autosave's answer) is about to be rendered, so the
 * reminder reflects what the handler did (confirming the address, say). See {@link LayoutModel#postHandle} for why an
 * interceptor rather than advice.
 */
@Component
class CurrentPersonModel implements HandlerInterceptor {

    private final People people;

    CurrentPersonModel(People people) {
        this.people = people;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        // htmx fragments (a conflict panel, a problem) show no layout, so they need no person.
        if (!LayoutModel.rendersPage(page) || request.getHeader("HX-Request") != null) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        try {
            people.find(UUID.fromString(authentication.getName())).ifPresent(person -> {
                page.getModel().putIfAbsent("currentPerson", person);
                if (!person.emailVerified()) {
                    page.getModel().putIfAbsent("unverifiedEmail", person.email());
                }
            });
        } catch (IllegalArgumentException ignored) {
            // Test principals that are not person ids have no person behind them.
        }
    }

    @Bean
    static WebMvcConfigurer currentPersonOnEveryPage(CurrentPersonModel currentPerson) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(currentPerson);
            }
        };
    }
}
