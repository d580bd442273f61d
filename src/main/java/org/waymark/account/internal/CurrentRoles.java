package org.waymark.account.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.web.filter.OncePerRequestFilter;
import org.waymark.account.Role;

/**
 * A signed-in person's roles as the database holds them now, on every request, not as they were when the session
 * began: a role granted or removed on any node counts at the person's next request, in every open session. A person
 * deactivated meanwhile counts as signed out. One query by primary key per request.
 * (The session keeps what was there at sign-in; this request alone sees the fresh roles.)
 */
class CurrentRoles extends OncePerRequestFilter {

    private record Row(boolean active, String role) {
    }

    private final JdbcClient jdbc;

    CurrentRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        UUID personId = signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()
                ? personId(signedIn.getName()) : null;
        if (personId != null) {
            refresh(signedIn, personId);
        }
        chain.doFilter(request, response);
    }

    private void refresh(Authentication signedIn, UUID personId) {
        List<Row> rows = jdbc.sql("SELECT p.active, r.role FROM person p LEFT JOIN person_role r ON r.person = p.id WHERE p.id = ?")
                .params(personId).query((rs, n) -> new Row(rs.getBoolean(1), rs.getString(2))).list();
        if (rows.isEmpty()) {
            return; // not a person of ours (people are deactivated, never deleted): a test's made-up user
        }
        if (!rows.getFirst().active()) {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
            return;
        }
        Set<String> current = rows.stream().filter(r -> r.role() != null).map(r -> Role.valueOf(r.role()).authority())
                .collect(Collectors.toSet());
        Set<String> held = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (current.equals(held)) {
            return;
        }
        List<SimpleGrantedAuthority> authorities = current.stream().sorted().map(SimpleGrantedAuthority::new).toList();
        var fresh = UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername(signedIn.getName()).password("").authorities(authorities).build(), null, authorities);
        fresh.setDetails(signedIn.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(fresh);
        SecurityContextHolder.setContext(context);
    }

    private static UUID personId(String name) {
        try {
            return UUID.fromString(name);
        } catch (IllegalArgumentException e) {
            return null; // not one of ours (a test's mock user, say)
        }
    }
}
