package org.waymark.account.internal;

import java.time.Duration;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.waymark.platform.AuditEvent;

/**
 * The framework's password check, with {@link SignInThrottle} around it: a pair that must wait is refused without
 * its password being checked. Sign-ins and failed sign-ins go into the audit trail, with the address but never the
 * password, nor the email that was tried when it belongs to nobody.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;
    private final PersonRepository people;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                    PersonRepository people, ApplicationEventPublisher events) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.people = people;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = String.valueOf(authentication.getPrincipal());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "unknown";
        Duration wait = throttle.waitFor(email, address);
        if (!wait.isZero()) {
            failed(email, "from " + address + ", refused unchecked: too many failed attempts");
            throw new SignInThrottledException(wait);
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.recordSuccess(email, address);
            events.publishEvent(new AuditEvent(UUID.fromString(result.getName()), "person.signed-in", "person",
                    result.getName(), "from " + address));
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(email, address);
            failed(email, "from " + address);
            throw e;
        } catch (AccountStatusException e) {
            failed(email, "from " + address + ", account deactivated");
            throw e;
        }
    }

    private void failed(String email, String detail) {
        UUID personId = people.findByEmail(Person.normaliseEmail(email)).map(Person::getId).orElse(null);
        events.publishEvent(new AuditEvent(null, "person.sign-in-failed", "person",
                personId == null ? "unknown" : personId.toString(), detail));
    }

    static class SignInThrottledException extends AuthenticationServiceException {
        final Duration wait;

        SignInThrottledException(Duration wait) {
            super("Too many failed sign-ins: wait " + SignInThrottle.describe(wait));
            this.wait = wait;
        }
    }
}
