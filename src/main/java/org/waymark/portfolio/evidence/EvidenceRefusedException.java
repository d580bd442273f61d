package org.waymark.portfolio.evidence;

/**
 * Waymark will not keep this evidence as it stands. {@link #field()} names what to correct ("file", "url",
 * "accessibleText", "title", "permissionConfirmed"); the message says how, in words for the candidate.
 */
public class EvidenceRefusedException extends RuntimeException {

    private final String field;

    public EvidenceRefusedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
