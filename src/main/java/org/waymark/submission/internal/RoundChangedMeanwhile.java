package org.waymark.submission.internal;

/**
 * A change to a round was made against a version that is no longer the stored one: someone else saved the round
 * after this person opened it. Nothing was changed; {@link #current()} is the round as it is stored now.
 */
public class RoundChangedMeanwhile extends RuntimeException {

    private final transient Round current;

    public RoundChangedMeanwhile(Round current) {
        super(current.name() + " was changed by someone else (now at version " + current.version() + ")");
        this.current = current;
    }

    public Round current() {
        return current;
    }
}
