package org.waymark.submission.internal;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No submission with this id: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SubmissionNotFoundException extends RuntimeException {

    SubmissionNotFoundException(UUID id) {
        super("No submission " + id);
    }
}
