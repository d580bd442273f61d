package org.waymark.access;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Refused access to an object. Answered as 404 so that nobody learns which objects exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String objectType, UUID objectId) {
        super("Not permitted: " + objectType + " " + objectId);
    }
}
