package org.waymark.framework.internal;

/** A framework file Waymark cannot accept; the message names the file and line. */
public class FrameworkFileException extends RuntimeException {

    public FrameworkFileException(String message) {
        super(message);
    }
}
