package org.waymark.registration;

import java.time.Instant;
import java.util.Optional;

/**
 * The fixed submission deadlines known to Waymark, asked when working out how long a registration lasts. Implemented
 * by the submission module (which owns rounds); declared here so that registration does not depend on submission.
 */
public interface FixedDeadlines {

    /** The first fixed-deadline round closing at or after this instant, if one has been set up. */
    Optional<Instant> firstAtOrAfter(Instant instant);
}
