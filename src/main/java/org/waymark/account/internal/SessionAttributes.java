package org.waymark.account.internal;

import java.nio.ByteBuffer;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How a session's attributes are turned into the bytes Spring Session stores and back: Java serialisation, as Spring
 * Session does by default, with one difference. Every request of a signed-in person reads their security context and
 * their CSRF token back from the same bytes it read two seconds before, and deserialising them (a token, a user, a
 * sorted set of roles, the sign-in details) was a twelfth of an autosave's CPU. So the bytes of those two attributes are
 * remembered with what they gave, and the same bytes give the same result without deserialising again.
 * <p>
 * It is a cache of a pure function of the bytes (equal bytes deserialise to equal objects), so it holds nothing a node
 * must share: a node that has not seen the bytes deserialises them. Only results nobody changes are shared between
 * requests: a CSRF token (immutable), and a signed-in person's authentication (Spring Security builds a new one rather
 * than change it; {@code CurrentRoles} does too), each request getting its own security context around it. Anything
 * else in a session (flash attributes, a saved request) is deserialised afresh every time, as before.
 */
final class SessionAttributes {

    /** Sessions remembered at most per node (a few KB each): more than the busiest node has signed in at once. */
    private static final long REMEMBERED = 20_000;

    /** Forgotten when not read for so long: twice as long as a session lasts unused (30 minutes), so only ended ones. */
    private static final Duration UNUSED = Duration.ofHours(1);

    private SessionAttributes() {
    }

    /** The conversions for Spring Session's JDBC repository (its {@code springSessionConversionService}). */
    static GenericConversionService conversions(ClassLoader classLoader) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, new Remembering(new DeserializingConverter(classLoader)));
        return conversions;
    }

    /** Deserialises, remembering the results that may be shared (see the class comment). */
    static final class Remembering implements Converter<byte[], Object> {

        private final Converter<byte[], Object> deserializer;
        private final Cache<ByteBuffer, Object> remembered = Caffeine.newBuilder().maximumSize(REMEMBERED)
                .expireAfterAccess(UNUSED).build();

        Remembering(Converter<byte[], Object> deserializer) {
            this.deserializer = deserializer;
        }

        @Override
        public Object convert(byte[] bytes) {
            ByteBuffer key = ByteBuffer.wrap(bytes); // equals and hashCode by content; the bytes are never changed after
            Object known = remembered.getIfPresent(key);
            if (known != null) {
                return fresh(known);
            }
            Object value = deserializer.convert(bytes);
            Object shareable = shareable(value);
            if (shareable != null) {
                remembered.put(key, shareable);
            }
            return value;
        }

        /** What of a deserialised value may be handed to other requests, or null when nothing may. */
        private static Object shareable(Object value) {
            if (value instanceof DefaultCsrfToken) {
                return value;
            }
            if (value instanceof SecurityContextImpl context && context.getClass() == SecurityContextImpl.class
                    && context.getAuthentication() != null
                    && context.getAuthentication().getClass() == UsernamePasswordAuthenticationToken.class) {
                return context.getAuthentication();
            }
            return null;
        }

        /** A request's own value from a remembered one: a security context of its own around the shared authentication. */
        private static Object fresh(Object known) {
            if (known instanceof Authentication authentication) {
                SecurityContext context = new SecurityContextImpl(authentication);
                return context;
            }
            return known;
        }

        /** How many results are remembered now (for tests). */
        long size() {
            remembered.cleanUp();
            return remembered.estimatedSize();
        }
    }
}
