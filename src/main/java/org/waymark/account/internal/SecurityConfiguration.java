package org.waymark.account.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.waymark.access.Action;
import org.waymark.access.Permissions;
import org.waymark.account.web.AccountSessionKeys;

/**
 * Who may reach which URL, sign-in and sign-out, security headers, and what happens when a session has
 * expired while someone was typing. Per-object checks happen in {@code access.Permissions}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere; htmx is configured from a meta tag and static files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; media-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";


    /** Requests made by scripts (htmx or fetch): they get status codes, not redirects to a sign-in page. */
    static final RequestMatcher SCRIPTED = request -> request.getHeader("HX-Request") != null
            || "fetch".equals(request.getHeader("X-Requested-With"));

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, PersonDetailsService users, PasswordEncoder encoder,
                                            SignInThrottle throttle, Permissions permissions, PersonRepository people,
                                            ApplicationEventPublisher events, JdbcClient jdbc) throws Exception {
        http
            // Only the throttled provider, and no parent manager: with the global one (built from the UserDetailsService
            // bean) as parent, a throttled attempt with the right password was let in by the parent.
            .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(users, encoder, throttle, people, events)))
            // Roles as they are now, not as they were at sign-in, before any decision about access.
            .addFilterBefore(new CurrentRoles(jdbc), AnonymousAuthenticationFilter.class)
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/", "/sign-in", "/sign-up", "/verify-email", "/verify-email/confirm", "/forgot-password", "/reset-password",
                        "/session/expired", "/session/csrf", "/demo/mailbox", "/demo/mailbox/**", "/error",
                        "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/accessibility", "/verify", "/verify/**",
                        "/register").permitAll()
                // Which roles may administer is decided in access.Permissions, not here.
                .requestMatchers("/admin/audit", "/admin/audit/**").access(permissions.allowing(Action.READ_AUDIT_TRAIL))
                .requestMatchers("/admin/portfolios", "/admin/portfolios/**").access(permissions.allowing(Action.VIEW_ALL_PORTFOLIOS))
                .requestMatchers("/admin/fees/**", "/admin/registrations/**", "/admin/rounds/**", "/admin/submissions/**",
                        "/admin/fees", "/admin/registrations", "/admin/rounds", "/admin/submissions", "/admin/submissions.csv")
                        .access(permissions.allowing(Action.RUN_SUBMISSIONS))
                .requestMatchers("/admin/assessments", "/admin/assessments/**").access(permissions.allowing(Action.RUN_ASSESSMENT))
                .requestMatchers("/admin/assessors", "/admin/assessors/**", "/admin/appeals", "/admin/appeals/**").access(permissions.allowing(Action.RUN_ASSESSMENT))
                .requestMatchers("/admin/calibration").access(permissions.allowing(Action.RUN_ASSESSMENT))
                .requestMatchers("/admin/awards", "/admin/awards/**").access(permissions.allowing(Action.RUN_AWARDS))
                .requestMatchers("/assessor/conflicts", "/assessor/conflicts/**").access(permissions.allowing(Action.DECLARE_CONFLICTS))
                .requestMatchers("/assessor", "/assessor/places/**", "/assessor/assessments/**").access(permissions.allowing(Action.ASSESS))
                .requestMatchers("/admin/**").access(permissions.allowing(Action.ADMINISTER_PEOPLE))
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/sign-in")
                .usernameParameter("email")
                .passwordParameter("password")
                .defaultSuccessUrl("/home", false)
                .failureHandler(failureHandler()))
            .logout(logout -> logout
                .logoutUrl("/sign-out")
                .logoutSuccessUrl("/sign-in?signedOut"))
            .csrf(csrf -> csrf.csrfTokenRequestHandler(new MultipartSafeCsrfTokenRequestHandler()))
            .exceptionHandling(ex -> ex
                .authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                        .addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), SCRIPTED)
                        .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/sign-in"))
                        .build())
                .accessDeniedHandler(sessionAwareAccessDeniedHandler()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Keeps the email that was typed and says specifically what went wrong. */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            var session = request.getSession();
            session.setAttribute(AccountSessionKeys.LAST_EMAIL, request.getParameter("email"));
            session.setAttribute(AccountSessionKeys.LAST_PROBLEM, problem(exception));
            if (SCRIPTED.matches(request)) {
                response.sendError(HttpStatus.UNAUTHORIZED.value());
            } else {
                response.sendRedirect(request.getContextPath() + "/sign-in?error");
            }
        };
    }

    private static String problem(AuthenticationException exception) {
        if (exception instanceof ThrottledAuthenticationProvider.SignInThrottledException throttled) {
            return "Too many failed attempts from here. Wait " + SignInThrottle.describe(throttled.wait)
                    + " before trying again, or reset your password.";
        }
        if (exception instanceof DisabledException) {
            return "This account has been deactivated. Contact an administrator if you think this is wrong.";
        }
        return "The email or password is not right. Check them and try again.";
    }

    /**
     * A form posted from a page whose session has ended fails the CSRF check before authentication runs.
     * Scripts get 401, and keep the text in the page; a plain form post is shown its text back with a
     * sign-in prompt, so nothing typed is lost.
     */
    private static AccessDeniedHandler sessionAwareAccessDeniedHandler() {
        return (request, response, exception) -> {
            // The CSRF check runs before the request is wrapped, so ask the security context, not the request.
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
            boolean sessionGone = exception instanceof CsrfException && !signedIn;
            if (sessionGone && SCRIPTED.matches(request)) {
                response.setStatus(HttpStatus.UNAUTHORIZED.value());
                response.setContentType("application/json");
                response.getWriter().write("{\"error\":\"session-expired\"}");
            } else if (sessionGone) {
                forward(request, response, "/session/expired");
            } else if (exception instanceof CsrfException && SCRIPTED.matches(request)) {
                // Signed in, but this tab holds a token from before a new sign-in elsewhere: the script
                // fetches a fresh one from /session/csrf and sends again.
                response.setStatus(HttpStatus.FORBIDDEN.value());
                response.setContentType("application/json");
                response.getWriter().write("{\"error\":\"csrf-stale\"}");
            } else {
                response.sendError(HttpStatus.FORBIDDEN.value());
            }
        };
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        try {
            request.getRequestDispatcher(path).forward(request, response);
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
    }

    /**
     * For a multipart upload, reads the token from the header or the query string when it is there, not from the
     * body: asking the servlet container for a body parameter parses the whole upload, and an oversized one then
     * fails inside this filter with a bare 413, before Waymark can answer with its own message and the form.
     * (The evidence form puts its token in the address for this reason.)
     */
    static final class MultipartSafeCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

        private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response,
                           java.util.function.Supplier<CsrfToken> csrfToken) {
            delegate.handle(request, response, csrfToken);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            String contentType = request.getContentType();
            if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                return delegate.resolveCsrfTokenValue(request, csrfToken);
            }
            if (request.getHeader(csrfToken.getHeaderName()) == null
                    && fromQueryString(request.getQueryString(), csrfToken.getParameterName()) == null) {
                return delegate.resolveCsrfTokenValue(request, csrfToken); // only in the body: read it there
            }
            HttpServletRequest queryOnly = new jakarta.servlet.http.HttpServletRequestWrapper(request) {
                @Override
                public String getParameter(String name) {
                    return fromQueryString(request.getQueryString(), name);
                }
            };
            return delegate.resolveCsrfTokenValue(queryOnly, csrfToken);
        }

        static String fromQueryString(String query, String name) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).equals(name)) {
                    return java.net.URLDecoder.decode(pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }
}
