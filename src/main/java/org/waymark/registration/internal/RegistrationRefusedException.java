package org.waymark.registration.internal;

/** A change the registration's rules do not allow; the message is written for the person who asked. */
public class RegistrationRefusedException extends RuntimeException {

    public RegistrationRefusedException(String message) {
        super(message);
    }
}
