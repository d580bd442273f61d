package org.waymark.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Keeps sessions alive on request, hands scripts a fresh CSRF token, and shows posted text back after expiry. */
@Controller
class SessionController {

    /** Fields never shown back: tokens and bookkeeping, not anything a person typed. */
    private static final Set<String> HIDDEN = Set.of("_csrf", "version", "action", "editToken");

    /** A fresh token for this session; other open tabs use it after someone signs in again. */
    @GetMapping("/session/csrf")
    @ResponseBody
    ResponseEntity<Map<String, Object>> csrf(CsrfToken token, HttpServletRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("headerName", token.getHeaderName(), "parameterName", token.getParameterName(),
                        "token", token.getToken(), "signedIn", request.getUserPrincipal() != null));
    }

    /** "Stay signed in" on the session timeout warning (WCAG 2.2.1): any authenticated request extends the session. */
    @GetMapping("/session/keep-alive")
    @ResponseBody
    ResponseEntity<Map<String, Object>> keepAlive(HttpServletRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("timeoutSeconds", request.getSession().getMaxInactiveInterval()));
    }

    /** Reached by forward when a form was posted from a session that had ended: show what was typed. */
    @RequestMapping("/session/expired")
    String expired(HttpServletRequest request, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!HIDDEN.contains(name) && values.length > 0 && !values[0].isBlank()) {
                typed.put(name, String.join("\n", values));
            }
        });
        model.addAttribute("typed", typed);
        model.addAttribute("returnTo", request.getHeader("Referer"));
        return "session-expired";
    }
}
