package org.waymark.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class SessionAttributesTests {

    final GenericConversionService conversions = SessionAttributes.conversions(getClass().getClassLoader());
    final AtomicInteger deserialised = new AtomicInteger();
    final DeserializingConverter plain = new DeserializingConverter(getClass().getClassLoader());
    final SessionAttributes.Remembering remembering = new SessionAttributes.Remembering(bytes -> {
        deserialised.incrementAndGet();
        return plain.convert(bytes);
    });

    @Test
    void theSameBytesOfASecurityContextAreDeserialisedOnceAndEachReadGetsAContextOfItsOwn() {
        byte[] bytes = bytes(signedIn("a", "ROLE_CANDIDATE"));

        SecurityContext first = (SecurityContext) remembering.convert(bytes);
        SecurityContext second = (SecurityContext) remembering.convert(bytes.clone());

        assertThat(deserialised).hasValue(1);
        assertThat(second).isNotSameAs(first).isEqualTo(first);
        assertThat(second.getAuthentication().getName()).isEqualTo("a");
        assertThat(second.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CANDIDATE");
        // A request that sets another authentication in its context leaves the next request's as stored.
        second.setAuthentication(null);
        assertThat(((SecurityContext) remembering.convert(bytes)).getAuthentication()).isNotNull();
    }

    @Test
    void otherBytesAreDeserialisedAsTheyAre() {
        SecurityContext a = (SecurityContext) remembering.convert(bytes(signedIn("a", "ROLE_CANDIDATE")));
        SecurityContext b = (SecurityContext) remembering.convert(bytes(signedIn("a", "ROLE_ASSESSOR")));

        assertThat(deserialised).hasValue(2);
        assertThat(a.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CANDIDATE");
        assertThat(b.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ASSESSOR");
    }

    @Test
    void aCsrfTokenIsRememberedAndAnythingElseIsDeserialisedEveryTime() {
        byte[] token = bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "secret"));
        assertThat(remembering.convert(token)).isSameAs(remembering.convert(token));
        assertThat(deserialised).hasValue(1);

        ArrayList<String> list = new ArrayList<>(List.of("a flash attribute, say"));
        byte[] mutable = bytes(list);
        Object once = remembering.convert(mutable);
        Object twice = remembering.convert(mutable);
        assertThat(twice).isNotSameAs(once).isEqualTo(list);
        assertThat(deserialised).hasValue(3);
        assertThat(remembering.size()).isEqualTo(1);
    }

    @Test
    void theConversionsSerialiseAndDeserialiseAsSpringSessionDoes() {
        SecurityContext context = signedIn("b", "ROLE_ADMINISTRATOR");
        byte[] bytes = (byte[]) conversions.convert(context, TypeDescriptor.valueOf(Object.class), TypeDescriptor.valueOf(byte[].class));
        Object back = conversions.convert(bytes, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class));
        assertThat(back).isEqualTo(context);
    }

    private static SecurityContext signedIn(String name, String role) {
        var authorities = List.of(new SimpleGrantedAuthority(role));
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                User.withUsername(name).password("").authorities(authorities).build(), null, authorities));
    }

    private byte[] bytes(Object value) {
        return (byte[]) conversions.convert(value, TypeDescriptor.valueOf(Object.class), TypeDescriptor.valueOf(byte[].class));
    }
}
