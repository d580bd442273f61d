package org.waymark.web;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mapping, asking each mapping first whether the path matches, and first of all whether its first
 * segment does. A path with variables in it (such as every portfolio page's, and the autosave's) is checked against
 * every mapping of the application, some 175; Spring asks each about the method, parameters, headers and content types
 * before the path, and the method and headers are read through a dozen request wrappers (security, sessions) each time.
 * That was a tenth of an autosave's CPU (issue 7 profile). Almost every mapping differs from the request in its path,
 * most of them in the first segment ("/portfolios", "/assessment", "/admin"), so asking that first, then the parsed path,
 * gives the same answer with far less work: a mapping matches only when all its conditions do, in whatever order they
 * are asked. Also the handler adapter whose binders follow {@link FormBinding}'s rules (one {@code WebMvcRegistrations}
 * bean only: Spring Boot uses none when there are two).
 */
@Configuration(proxyBeanMethods = false)
class PathFirstRequestMapping {

    @Bean
    WebMvcRegistrations pathFirstMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirst();
            }

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return new FormBinding();
            }
        };
    }

    static final class PathFirst extends RequestMappingHandlerMapping {

        /** The request's first path segment while its handler is looked up (null: ask every mapping its whole path). */
        private static final ThreadLocal<String> FIRST_SEGMENT = new ThreadLocal<>();

        /**
         * For each mapping, the first segments its path patterns can match (none: any, a variable or a wildcard being
         * there, so its whole path is asked): by identity (the registry
         * asks with the very instances it registered, and {@code RequestMappingInfo.hashCode} is computed afresh on
         * every call, which made a hash map cost a third of what it saved), replaced whole at each registration (at
         * start-up) so that lookups read it without a lock. A mapping not in it is asked its whole path.
         */
        private volatile Map<RequestMappingInfo, Set<String>> firstSegments = Map.of();

        @Override
        protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
            super.registerHandlerMethod(handler, method, mapping);
            synchronized (this) {
                Map<RequestMappingInfo, Set<String>> next = new IdentityHashMap<>(firstSegments);
                next.put(mapping, literalFirstSegments(mapping));
                firstSegments = Collections.unmodifiableMap(next);
            }
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            FIRST_SEGMENT.set(firstSegment(lookupPath));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                FIRST_SEGMENT.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            String first = FIRST_SEGMENT.get();
            if (paths != null && first != null) {
                Set<String> literal = firstSegments.get(info);
                if (literal != null && !literal.isEmpty() && !literal.contains(first)) {
                    return null;
                }
            }
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        /** The first segments this registered mapping's patterns can match (empty: any), or null if not registered. */
        Set<String> firstSegmentsOf(RequestMappingInfo info) {
            return firstSegments.get(info);
        }

        /** As {@link #getMatchingMapping} while a handler is looked up for this path: for tests. */
        RequestMappingInfo getMatchingMappingFor(String lookupPath, RequestMappingInfo info, HttpServletRequest request) {
            FIRST_SEGMENT.set(firstSegment(lookupPath));
            try {
                return getMatchingMapping(info, request);
            } finally {
                FIRST_SEGMENT.remove();
            }
        }

        /**
         * The first segment of a request's path, as its patterns would compare it; null when it holds anything a path
         * pattern would decode or strip before comparing (a percent sign, a semicolon), so that every mapping is asked.
         */
        static String firstSegment(String path) {
            if (path == null || !path.startsWith("/")) {
                return null;
            }
            int end = path.indexOf('/', 1);
            String segment = end < 0 ? path.substring(1) : path.substring(1, end);
            return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
        }

        /** The literal first segments of a mapping's patterns, or none if one of them has none (it may match any). */
        static Set<String> literalFirstSegments(RequestMappingInfo info) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths == null) {
                return Set.of();
            }
            Set<String> segments = new HashSet<>();
            for (String pattern : paths.getPatternValues()) {
                String segment = firstSegment(pattern);
                if (segment == null || segment.isEmpty() || segment.chars().anyMatch(c -> "{}*?".indexOf(c) >= 0)) {
                    return Set.of();
                }
                segments.add(segment);
            }
            return Set.copyOf(segments);
        }
    }
}
