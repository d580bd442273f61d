package org.waymark.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/** What every page's layout needs: demo mode, the session timeout for the warning, and a time formatter. */
@Component
public class LayoutModel implements HandlerInterceptor {

    private final boolean demo;
    private final Duration sessionTimeout;
    private final Times times;

    LayoutModel(@Value("${waymark.demo.enabled}") boolean demo,
                @Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration sessionTimeout,
                ZoneId displayZone) {
        this.demo = demo;
        this.sessionTimeout = sessionTimeout;
        this.times = new Times(displayZone);
    }

    /**
     * Adds the three to the model of a page about to be rendered. An interceptor rather than {@code @ModelAttribute}
     * advice: advice runs, through reflection, before every handler of every controller, autosaves and redirects
     * included, though only a rendered page uses what it adds (Spring MVC's model set-up was a twelfth of an
     * autosave's CPU, issue 7). What a handler put in the model itself is left as it is.
     */
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (rendersPage(page)) {
            page.getModel().putIfAbsent("demoMode", demo);
            page.getModel().putIfAbsent("sessionTimeoutSeconds", sessionTimeout.toSeconds());
            page.getModel().putIfAbsent("times", times);
        }
    }

    /**
     * Whether a handler's result is a view to render (a page or an htmx fragment), not an answer it wrote itself, a
     * body, or a redirect: what the page-model interceptors of every module ask first.
     */
    public static boolean rendersPage(ModelAndView result) {
        if (result == null || result.wasCleared()) {
            return false;
        }
        String name = result.getViewName();
        return name != null ? !name.startsWith("redirect:") && !name.startsWith("forward:")
                : result.getView() != null && !(result.getView() instanceof RedirectView);
    }

    @Bean
    static WebMvcConfigurer layoutModelOnEveryPage(LayoutModel layout) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(layout);
            }
        };
    }

    /** Formats instants in the display zone (Europe/London unless configured). */
    public record Times(ZoneId zone) {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

        public String dateTime(Instant instant) {
            return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
        }

        public String date(Instant instant) {
            return instant == null ? "" : DATE.format(instant.atZone(zone));
        }

        public String time(Instant instant) {
            return instant == null ? "" : TIME.format(instant.atZone(zone));
        }
    }
}
